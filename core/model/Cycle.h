#pragma once

#include "Ids.h"

#include <QDate>
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
};
