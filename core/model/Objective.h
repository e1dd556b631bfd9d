#pragma once

#include "model/Commitment.h"
#include "model/Ids.h"

#include <QString>

#include <optional>

// A qualitative direction for one cycle, owned by one team, optionally aligned to a parent objective.
struct Objective {
    Id id = NoId;
    Id cycleId = NoId;
    Id teamId = NoId;
    Id parentId = NoId;
    QString title;
    QString description;
    Commitment commitment = Commitment::Committed;
    double weight = 1.0; // its weight in the parent's roll-up
    int position = 0;
    std::optional<double> grade; // set at the review, 0.0 - 1.0
    QString gradeNote;

    friend bool operator==(const Objective &, const Objective &) = default;
};
