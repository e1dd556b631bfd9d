#pragma once

#include "model/Ids.h"
#include "model/IsoWeek.h"

#include <QDate>
#include <QList>
#include <QString>

enum class CycleState { Planning, Active, Closed };

// The time box of OKRs: normally a quarter, optionally an annual cycle for company objectives.
struct Cycle {
    Id id = NoId;
    QString name;
    QDate start;
    QDate end;
    CycleState state = CycleState::Planning;
    bool annual = false;

    bool contains(QDate day) const { return day >= start && day <= end; }
    // The ISO weeks whose check-ins belong to this cycle: those whose Friday falls inside it, so a week that
    // straddles two quarters belongs to exactly one.
    QList<IsoWeek> checkInWeeks() const;
    // Those of checkInWeeks() that have begun by `day`: a week's check-in can be written from its Monday on.
    QList<IsoWeek> checkInWeeksBegun(QDate day) const;
    bool hasCheckInWeek(IsoWeek week) const { return contains(week.friday()); }
};
