#pragma once

#include "model/Commitment.h"
#include "model/Ids.h"

#include <QDate>
#include <QString>

#include <optional>

enum class KeyResultKind {
    Increase,  // from start up to target
    Decrease,  // from start down to target
    KeepAbove, // maintain: stay at or above target
    KeepBelow, // maintain: stay at or below target
};

enum class MeasureUnit { Number, Percent, Currency, Time, Rating };

// A measurable outcome of an objective.
struct KeyResult {
    Id id = NoId;
    Id objectiveId = NoId;
    QString title;
    QString description;
    double start = 0.0;
    double target = 0.0;
    std::optional<double> current; // the latest checked-in value; none yet means "at start"
    MeasureUnit unit = MeasureUnit::Number;
    QString unitLabel; // how the unit is written: "%", "$", "min", "/10", "users"
    KeyResultKind kind = KeyResultKind::Increase;
    double weight = 1.0;
    QString owner;
    Commitment commitment = Commitment::Committed;
    int position = 0;
    // The day it was added to its cycle: its pace runs from then (shared/domain.md, late key results). Invalid
    // when not known: counts as the cycle's start. Adding one without a day stores the day it is written.
    QDate addedOn;

    double currentOrStart() const { return current.value_or(start); }

    friend bool operator==(const KeyResult &, const KeyResult &) = default;
};
