#include "model/Quarter.h"

Cycle Quarter::containing(QDate day)
{
    const int quarter = (day.month() - 1) / 3 + 1;
    Cycle cycle;
    cycle.name = QStringLiteral("%1 Q%2").arg(day.year()).arg(quarter);
    cycle.start = QDate(day.year(), 3 * (quarter - 1) + 1, 1);
    cycle.end = cycle.start.addMonths(3).addDays(-1);
    return cycle;
}

Cycle Quarter::following(const Cycle &cycle)
{
    return containing(cycle.end.addDays(1));
}

Cycle Quarter::preceding(const Cycle &cycle)
{
    return containing(cycle.start.addDays(-1));
}
