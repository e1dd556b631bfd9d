#pragma once

#include "model/Ids.h"

#include <QDate>
#include <QString>

enum class InitiativeStatus { Planned, InProgress, Done, Dropped };

// An output meant to move one key result: an action plan.
struct Initiative {
    Id id = NoId;
    Id keyResultId = NoId;
    QString title;
    QString owner;
    InitiativeStatus status = InitiativeStatus::Planned;
    QDate due; // null when none
    int position = 0;

    friend bool operator==(const Initiative &, const Initiative &) = default;
};
