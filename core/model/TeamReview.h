#pragma once

#include "model/Ids.h"

#include <QString>

// A team's answers to the quarterly review questions for one cycle.
struct TeamReview {
    Id cycleId = NoId;
    Id teamId = NoId;
    QString performance; // how did the team perform?
    QString worked;      // what worked?
    QString failed;      // what failed, and why?
    QString startStopContinue;
    QString lessons;
};
