#pragma once

#include "model/Ids.h"

#include <QString>

// How many rows an objective takes in a plan laid out one row per item (itself, its key results and their
// initiatives), and what an objective aligned to it names of it: what a CSV export counts of every objective before
// writing any, since an objective may align to one written after it. Read without the plan's texts.
struct ObjectiveOutline {
    Id id = NoId;
    int keyResults = 0;
    int initiatives = 0;
    bool alignedTo = false; // whether another objective aligns to it
    QString title;          // only when alignedTo

    int rows() const { return 1 + keyResults + initiatives; }
};
