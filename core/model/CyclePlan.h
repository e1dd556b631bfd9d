#pragma once

#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Objective.h"
#include "model/Organisation.h"
#include "model/Team.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What a key result's team said in its latest check-in.
struct LatestCheckIn {
    QDate date;
    Confidence confidence = Confidence::OnTrack;
    QString comment; // the update's comment, empty when none was written
};

// One cycle's objectives, key results and initiatives with the organisation's teams: what the tree, the board
// and the report show. Plain data plus lookups; call rebuildIndex() after changing the lists.
struct CyclePlan {
    Cycle cycle;
    QList<Team> teams;
    QList<Objective> objectives;             // ordered by position
    QList<KeyResult> keyResults;             // by objective (in the objectives' order), then by position
    QList<Initiative> initiatives;           // by key result (in the key results' order), then by position
    QHash<Id, LatestCheckIn> latestCheckIns; // by key result id

    void rebuildIndex();

    // Takes the objectives, key results, initiatives and latest check-ins of team `teamId` from `read` (a plan of
    // this cycle read for that team alone) when they are the same items in the same places as here: an edit or a
    // check-in, not an addition, removal or move. False, changing nothing, otherwise. The index stays valid.
    bool replaceTeamItems(Id teamId, const CyclePlan &read);
    // The team whose objective holds the item, NoId when this plan does not hold it.
    Id teamOfObjective(Id objectiveId) const;
    Id teamOfKeyResult(Id keyResultId) const;
    Id teamOfInitiative(Id initiativeId) const;

    const Team *team(Id id) const;
    const Objective *objective(Id id) const;
    const KeyResult *keyResult(Id id) const;
    const Initiative *initiative(Id id) const;
    // The team tree of `teams`.
    const Organisation &organisation() const { return m_organisation; }

    // Children in display order, as indexes into the lists above.
    const QList<qsizetype> &alignedObjectives(Id parentObjectiveId) const;
    const QList<qsizetype> &keyResultsOf(Id objectiveId) const;
    const QList<qsizetype> &initiativesOf(Id keyResultId) const;
    const QList<qsizetype> &objectivesOfTeam(Id teamId) const;
    const QList<qsizetype> &topLevelObjectives() const; // no parent objective in this cycle

private:
    Organisation m_organisation;
    QHash<Id, qsizetype> m_teamIndex;
    QHash<Id, qsizetype> m_objectiveIndex;
    QHash<Id, qsizetype> m_keyResultIndex;
    QHash<Id, qsizetype> m_initiativeIndex;
    QHash<Id, QList<qsizetype>> m_alignedObjectives;
    QHash<Id, QList<qsizetype>> m_keyResultsOfObjective;
    QHash<Id, QList<qsizetype>> m_initiativesOfKeyResult;
    QHash<Id, QList<qsizetype>> m_objectivesOfTeam;
    QList<qsizetype> m_topLevelObjectives;
};
