#pragma once

#include "model/Confidence.h"
#include "model/Ids.h"
#include "model/IsoWeek.h"

#include <QString>

// One point of a key result's history: what a team's check-in of one week said about it.
struct KeyResultTimelineEntry {
    Id keyResultId = NoId;
    Id teamId = NoId;
    IsoWeek week;
    double value = 0.0;
    Confidence confidence = Confidence::OnTrack;
    QString comment;
};
