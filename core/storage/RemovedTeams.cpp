#include "storage/RemovedTeams.h"

qsizetype RemovedTeams::count(const QString &table) const
{
    for (const TableRows &each : tables) {
        if (each.table == table)
            return each.rows.size();
    }
    return 0;
}
