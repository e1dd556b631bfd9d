#pragma once

#include "model/CheckIn.h"
#include "model/Comment.h"
#include "storage/Revision.h"

#include <QList>
#include <QVariantHash>

#include <functional>
#include <optional>
#include <set>
#include <utility>

class Document;

// Weekly check-ins (one per team and ISO week, with their key result updates and plan items) and the comments
// on objectives and key results. Each write is one transaction (joining the caller's).
class CheckInRepository {
public:
    explicit CheckInRepository(Document &document);

    // Saving again replaces that week's content and keeps its id (CheckIn::id is not read: team and week are the
    // key). Only what changed is written: an unchanged update or plan item keeps its row and id, an update of a key
    // result already in the week is rewritten in place, new updates come last. The key results' current values
    // follow the latest week's updates.
    Id save(const CheckIn &checkIn);
    // A week the team has not checked in yet, with its updates and plan items in order, written without reading
    // anything back: what imports and generated organisations write. A week already stored is left as it is:
    // nothing is written and no id comes back.
    std::optional<Id> insert(const CheckIn &checkIn);
    std::optional<CheckIn> find(Id teamId, IsoWeek week) const;
    QList<CheckIn> ofTeam(Id teamId) const; // oldest first
    // The same, each check-in handed to `visit` as its rows are read, never the whole list: what an export writes
    // out of years of check-ins. `visit` must not read the document (the three cursors are still open).
    void eachOfTeam(Id teamId, const std::function<void(const CheckIn &)> &visit) const;
    // Every team's check-ins of the weeks from `first` to `last`, both included, by week then team: in 3 queries.
    QList<CheckIn> ofWeeks(IsoWeek first, IsoWeek last) const;
    // Those, and each team's latest check-in before `first` from week `earliest` on, with their plan items but not
    // their key result updates (the histories hold the values and confidences): what comparing the weeks with the
    // one before needs (WeekChanges), without the rest of the cycle.
    QList<CheckIn> ofWeeksAndBefore(IsoWeek earliest, IsoWeek first, IsoWeek last) const;
    // A team's latest check-in of the weeks `first` to `last`, with its plan items but not its key result updates:
    // one seek in the (team, week) key, however long the team's history.
    std::optional<CheckIn> latestOfTeam(Id teamId, IsoWeek first, IsoWeek last) const;
    // The lessons of the team's latest check-in of those weeks that wrote any; empty when none did.
    QString latestLessonsOfTeam(Id teamId, IsoWeek first, IsoWeek last) const;
    // Removes a team's check-in of one week with its updates and plan items; nothing when there is none.
    void remove(Id teamId, IsoWeek week);
    QList<Id> teamsCheckedIn(IsoWeek week) const;
    // The stored revision of a team's check-in of one week, content included; NotStored when there is none.
    Revision revision(Id teamId, IsoWeek week) const;

    // Comments: exactly one of objectiveId / keyResultId set; listed oldest first.
    Id addComment(const Comment &comment);
    void removeComment(Id commentId);
    QList<Comment> commentsOfObjective(Id objectiveId) const;
    QList<Comment> commentsOfKeyResult(Id keyResultId) const;

private:
    enum class Content { UpdatesAndPlanItems, PlanItems };

    void saveUpdates(Id checkInId, const CheckIn &checkIn);
    void savePlanItems(Id checkInId, const QList<PlanItem> &items);
    void insertUpdates(Id checkInId, IsoWeek week, const QList<KeyResultUpdate> &updates);
    void insertPlanItems(Id checkInId, const QList<PlanItem> &items);
    // The check-ins `condition` selects over check_ins c, by week then team, with their content.
    QList<CheckIn> selected(const QString &condition, const QVariantHash &bindings, Content content) const;
    void attachContent(QList<CheckIn> &checkIns, const QString &condition, const QVariantHash &bindings,
                       Content content) const;
    QList<Comment> comments(const QString &column, Id id) const;

    Document &m_document;
};
