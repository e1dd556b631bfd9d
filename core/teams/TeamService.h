#pragma once

#include "model/Team.h"
#include "storage/RemovedTeams.h"

#include <QCoreApplication>
#include <QString>

class Repository;

// What removing a team takes along, counted for the confirmation.
struct TeamContent {
    qsizetype teamsBelow = 0;
    qsizetype objectives = 0;
    qsizetype keyResults = 0;
    qsizetype checkIns = 0;
    qsizetype kpis = 0;

    bool isEmpty() const { return teamsBelow + objectives + keyResults + checkIns + kpis == 0; }
    // "2 teams below it, 3 objectives, 9 key results, 12 check-ins" (only what there is); empty when nothing.
    QString described() const;
};

// The organisation's teams over a document: adding, renaming, moving and removing them, for the window and the
// command line alike, so both refuse the same things. Team names are unique in the whole document (letter case
// and surrounding spaces aside), because the command line, the importers and the filters name a team by its name
// alone. The team tree never loops: a team cannot move under itself or a team below it. The only root team (the
// company) stays: it can be renamed, not removed or moved. A refusal throws TeamError with a sentence for the user
// and changes nothing; storage failures throw DocumentError. Each change is one transaction (joining the caller's).
class TeamService {
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    explicit TeamService(Repository &repository);

    // The team with that id; throws TeamError when there is none.
    Team teamWithId(Id teamId) const;

    // A new team below `parentId`; NoId puts it below the company, or makes it the company in a document without
    // teams. The name is stored trimmed.
    Team add(const QString &name, Id parentId = NoId);
    Team rename(Id teamId, const QString &name);
    Team move(Id teamId, Id parentId);
    // What remove() would take along.
    TeamContent contentOf(Id teamId) const;
    // Removes the team with the teams below it and all their objectives, key results, check-ins, KPIs and reviews;
    // returns the rows taken, for restore (undo).
    RemovedTeams remove(Id teamId);

    static TeamContent counted(const RemovedTeams &removed);

private:
    // The name trimmed, refused when empty, too long or used by another team than `teamId`.
    QString acceptedName(const QString &name, Id teamId) const;

    Repository &m_repository;
};
