#pragma once

#include "charts/ChartSeries.h"
#include "document/DocumentChange.h"
#include "model/CheckIn.h"
#include "model/CyclePlan.h"
#include "storage/Document.h"
#include "storage/GradeHistory.h"

#include <QObject>
#include <QSet>

#include <future>
#include <optional>

class Repository;

// The plan of the cycle the window shows, read once per change and shared by every view of it (the alignment tree,
// the progress board, the charts), as Tiled's MapDocument serves its models: no view reads the plan itself.
//
// followChange() (connected to DocumentSession::changed) reads the plan again when the change concerns the shown
// cycle (after an edit or a check-in, only the teams whose items it names, and their histories), then tells the
// followers in a fixed order: first planChanged() to the views that take the plan, then changeFollowed() for every
// change, to what reads those views (the window's status bar and actions). A switch to another cycle (or to none)
// is announced by cycleShown(): followers start afresh.
class ShownPlan : public QObject {
    Q_OBJECT
public:
    explicit ShownPlan(QObject *parent = nullptr);

    // The document to read (not owned; null reads nothing). Forgets the shown plan without telling anyone: show a
    // cycle next.
    void setRepository(Repository *repository);
    Repository *repository() const { return m_repository; }

    // When the key results' histories, the board's usual weeks of check-ins and the grade history are read: on their
    // first use (the plan's initiatives are then read on another thread and connection while the rest of the plan
    // is read here), or alongside the plan on that thread and connection (when a view that is seen will ask for
    // them at once: the board, the charts).
    enum class Reading { OnFirstUse, Alongside };

    // Reads the cycle's plan and shows it (NoId: shows none). Throws DocumentError and then shows what it did.
    void showCycle(Id cycleId, Reading reading = Reading::OnFirstUse);
    // Shows a plan read already from the repository (Repository::loadCyclePlan, which indexes it).
    void show(CyclePlan plan);

    const CyclePlan &plan() const { return m_plan; }
    Id cycleId() const { return m_plan.cycle.id; }
    // The key results' values per week in the shown cycle, read on first use after each change (only the board
    // and the charts need them, and only while they are seen). Throws DocumentError.
    const KeyResultHistories &histories() const;
    // True when histories() would read nothing: they were read since the last change that needed all of them.
    bool hasHistories() const { return m_histories.has_value(); }
    // What the board's changes after week `after` up to `upTo` read: those weeks' check-ins and each team's latest
    // before them in the cycle (CheckInRepository::ofWeeksAndBefore). Read on first use after each change or choice
    // of weeks, like the histories. Throws DocumentError.
    const QList<CheckIn> &checkInsOfWeeks(IsoWeek after, IsoWeek upTo) const;
    // The grades the shown cycle looks back on (GradeHistory), read on first use after each change that may grade
    // or move an objective, in any cycle. Throws DocumentError.
    const GradeHistory &gradeHistory() const;

    // True when the change may alter the shown plan: KPIs are no part of it, nor are other cycles' items.
    bool concerns(const DocumentChange &change) const;

public slots:
    void followChange(const DocumentChange &change);

signals:
    void cycleShown();
    void planChanged(const DocumentChange &change);
    void changeFollowed(const DocumentChange &change);
    // Reading the plan after a change failed: the views keep the plan they had.
    void readFailed(const QString &message);

private:
    // What is read alongside the plan.
    struct Readings {
        KeyResultHistories histories;
        IsoWeek checkInsAfter; // the board's usual weeks (WeekChanges::usualWeeks) as of the day of the switch
        IsoWeek checkInsUpTo;
        QList<CheckIn> checkIns;
        GradeHistory grades;
    };

    // After each change: the histories, check-ins and grades are read again on their next use.
    void forgetReadings();
    // Waits for the readings alongside, if any, and keeps them as if read here: a change is then followed from them
    // like from any read. A failed read throws DocumentError here, once; each is then read again on first use.
    void takeReadingsAlongside() const;
    // What is read alongside the plan, in the order the board and the charts ask for it. Throws DocumentError.
    static Readings readAlongside(const QString &path, Document::Connection connection, Id cycleId, QDate today);
    // What checkInsOfWeeks() reads.
    static QList<CheckIn> readCheckInsOfWeeks(const Repository &repository, const Cycle &cycle, IsoWeek after,
                                              IsoWeek upTo);
    // An edit or a check-in (the tree keeps its shape) reads again only the teams whose items it names, and after
    // a check-in only their histories. False when the change needs the whole cycle read again.
    bool readTeamsAgain(const DocumentChange &change);
    // The teams holding the items a change names; nothing when it names none, or one the shown plan does not hold.
    std::optional<QSet<Id>> teamsOf(const DocumentChange &change) const;

    Repository *m_repository = nullptr;
    CyclePlan m_plan;
    mutable std::optional<KeyResultHistories> m_histories;
    mutable std::future<Readings> m_readingsAlongside; // being read for the shown cycle, when valid()
    mutable std::optional<QList<CheckIn>> m_checkIns;
    mutable IsoWeek m_checkInsAfter; // the weeks m_checkIns were read for
    mutable IsoWeek m_checkInsUpTo;
    mutable std::optional<GradeHistory> m_grades;
};
