#pragma once

#include "model/Ids.h"

#include <QList>
#include <QSqlRecord>
#include <QString>

// Everything removing a team takes out of the document (the team, the teams below it, their objectives with key
// results, initiatives and comments, check-ins, KPIs and reviews), read just before the removal as stored rows,
// so that TeamRepository::restore puts back the very same rows: what an undo of a team's removal needs. Whole
// rows rather than domain types, so that no column is forgotten.
struct RemovedTeams {
    struct TableRows {
        QString table;
        QList<QSqlRecord> rows;
    };
    // A row outside the removed teams that pointed into them and loses the link (ON DELETE SET NULL).
    struct Link {
        Id rowId = NoId;
        Id targetId = NoId;
    };

    QList<TableRows> tables;
    QList<Link> alignedObjectives; // other teams' objectives aligned to a removed objective
    QList<Link> planItemLinks;     // other teams' plan items linked to a removed key result

    // How many rows of `table` the removal takes.
    qsizetype count(const QString &table) const;
};
