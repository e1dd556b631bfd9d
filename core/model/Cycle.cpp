#include "Cycle.h"

QList<IsoWeek> Cycle::checkInWeeks() const
{
    QList<IsoWeek> weeks;
    for (IsoWeek week = IsoWeek::containing(start); week.monday() <= end; week = week.next()) {
        if (hasCheckInWeek(week))
            weeks.append(week);
    }
    return weeks;
}
