#include "model/Cycle.h"

QList<IsoWeek> Cycle::checkInWeeks() const
{
    QList<IsoWeek> weeks;
    for (IsoWeek week = IsoWeek::containing(start); week.monday() <= end; week = week.next()) {
        if (hasCheckInWeek(week))
            weeks.append(week);
    }
    return weeks;
}

QList<IsoWeek> Cycle::checkInWeeksBegun(QDate day) const
{
    QList<IsoWeek> weeks = checkInWeeks();
    weeks.removeIf([day](IsoWeek week) { return week.monday() > day; });
    return weeks;
}
