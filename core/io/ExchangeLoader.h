#pragma once

#include "io/AppendedPositions.h"
#include "io/ExchangeSink.h"
#include "io/IdRuns.h"
#include "model/CyclePlan.h"
#include "model/IsoWeek.h"
#include "storage/PlanAppender.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>
#include <map>
#include <utility>

class Repository;

// What an import added to the document.
struct ImportSummary {
    int teamsCreated = 0;
    int cyclesCreated = 0;
    int objectives = 0;
    int keyResults = 0;
    int initiatives = 0;
    int checkIns = 0; // including those that record current values without a check-in of their own
    int kpis = 0;
    int teamReviews = 0;
};

// Writes imported records into a document as they come, ids mapped from the file's to the document's, inside
// the caller's transaction (load() opens one): all of an import, or nothing when anything fails. Teams and cycles
// are matched by name and created when missing; a new top-level team goes under the document's organisation when
// it has one. Objectives, key results, initiatives and KPIs are always added, with new ids. A check-in or review
// for a team, week or cycle the document already has is merged: the imported updates and notes are added to the
// existing ones. Of the records it keeps only what later ones need (id maps, the objectives aligned to later ones,
// the updates that key results' current values will make, where each team's objectives went) and asks the document
// for the rest (how many children a parent seen again has, whether a week is stored, alignment loops), so a streamed
// import holds little more than that. The plan's rows go in through a PlanAppender, several per statement.
class ExchangeLoader : public ExchangeSink {
public:
    explicit ExchangeLoader(Repository &repository, QDate today = QDate::currentDate());

    void addTeam(const Team &team) override;
    void addCycle(const Cycle &cycle) override;
    void addObjective(const Objective &objective) override;
    void addKeyResult(const KeyResult &keyResult) override;
    void addInitiative(const Initiative &initiative) override;
    void addCheckIn(const CheckIn &checkIn) override;
    void addKpi(const Kpi &kpi) override;
    void addTeamReview(const TeamReview &review) override;

    // What needs every record: objectives aligned to those that came after them (an alignment loop throws
    // ExchangeError), and a key result's current value that no imported check-in gave stored as an update in its
    // team's check-in of the cycle's week nearest to `today`. Returns what the import added.
    ImportSummary finish();

    // Runs `feed` with a loader in one transaction, then finishes: all of it, or nothing when anything throws
    // (the DocumentError or ExchangeError goes on).
    static ImportSummary load(Repository &repository, const std::function<void(ExchangeSink &)> &feed,
                              QDate today = QDate::currentDate());
    // Every record of `data`, the same way.
    static ImportSummary load(Repository &repository, const ExchangeData &data, QDate today = QDate::currentDate());

private:
    // An objective aligned to one the file gives later: added without, aligned once every objective is there.
    struct DeferredAlignment {
        Id id; // in the document
        Id fileParentId;
    };
    // A key result's current value, as the update it makes unless an imported check-in updates the key result. One
    // is kept per key result until finish(), so only its numbers: the comment is the same for all, and the check-in
    // it goes to (team and week) is an index in m_currentValueCheckIns.
    struct CurrentValue {
        Id keyResultId; // in the document
        double value;
        int checkIn;
        Confidence confidence;
    };
    // Where the objectives the import added from `firstObjectiveId` on are (document cycle and team), until the next
    // run: objectives of one team in a cycle come together in a file, so this is a few numbers per team.
    struct PlaceRun {
        Id firstObjectiveId;
        Id cycleId;
        Id teamId;
    };

    void alignDeferredObjectives();
    int existingObjectives(Id cycleId, Id teamId);
    // The place of an objective the import added.
    const PlaceRun &placeOf(Id objectiveId) const;
    // Kept for finish(): what the key result's current value says, in the week nearest to today.
    void keepCurrentValue(const KeyResult &created);
    int currentValueCheckIn(Id teamId, IsoWeek week);
    void loadCurrentValues();
    Cycle documentCycle(Id cycleId);
    IsoWeek currentValueWeek(Id cycleId);
    // Inserted as a new week, or merged into the team's week the document has: the imported updates and plan items
    // after its own, notes that say something new added as paragraphs.
    void store(const CheckIn &imported);
    IsoWeek weekNearestToday(const Cycle &cycle) const;

    Repository &m_repository;
    PlanAppender m_appender; // flushed before anything reads or refers to the plan rows it holds
    QDate m_today;
    ImportSummary m_summary;
    Id m_organisationId = NoId;
    QHash<QString, Id> m_teamsByName; // case-folded, as TeamRepository::byName matches, without a query per team
    // File-local id -> document id, for each kind. What is kept of each record is a few numbers at most, and only
    // where records of a file in the usual order (parents before children, ids ascending) do not make it a few
    // numbers for the whole file: memory that does not grow with the file.
    IdRuns m_teamIds;
    IdRuns m_cycleIds;
    IdRuns m_objectiveIds;
    IdRuns m_keyResultIds;
    QHash<std::pair<Id, Id>, int> m_objectivesInPlace; // how many each document cycle and team has
    AppendedPositions m_keyResultPositions;            // by document objective
    AppendedPositions m_initiativePositions;           // by document key result
    QList<PlaceRun> m_placeRuns;                   // by first objective: the import gives its objectives ascending ids
    QList<DeferredAlignment> m_deferredAlignments; // in file order
    QList<CurrentValue> m_currentValues;           // in file order
    IdRuns m_checkedIn;                            // key results an imported check-in updates (document ids)
    const QString m_importedValueComment;          // translated once, shared by those updates
    QHash<Id, Cycle> m_documentCycles;             // by document id
    QHash<Id, IsoWeek> m_currentValueWeeks;        // by document cycle id
    QSet<Id> m_matchedCycles;                      // cycles the document had already
    // Team and week of each check-in current values go to, in the order first needed, and the index of each.
    QList<std::pair<Id, IsoWeek>> m_currentValueCheckIns;
    std::map<std::pair<Id, IsoWeek>, int> m_currentValueCheckInIndexes;
};
