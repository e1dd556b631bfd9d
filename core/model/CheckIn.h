#pragma once

#include "model/Confidence.h"
#include "model/Ids.h"
#include "model/IsoWeek.h"

#include <QList>
#include <QString>

// One key result's update in a weekly check-in.
struct KeyResultUpdate {
    Id keyResultId = NoId;
    double value = 0.0;
    Confidence confidence = Confidence::OnTrack;
    QString comment;
};

enum class PlanItemKind { Plan, Progress, Problem };

// A line of a person's Plans / Progress / Problems notes; a plan may link to a key result.
struct PlanItem {
    QString person;
    PlanItemKind kind = PlanItemKind::Plan;
    QString text;
    Id keyResultId = NoId;
    bool done = false;
};

// A team's weekly check-in: key result updates plus PPP notes.
struct CheckIn {
    Id id = NoId;
    Id teamId = NoId;
    IsoWeek week;
    QList<KeyResultUpdate> updates;
    QList<PlanItem> items;
    QString lessons;
    QString nextPriorities;
};
