#pragma once

#include "model/Ids.h"

#include <QString>

// An organisational unit: the company is the root (no parent), then departments, then teams.
struct Team {
    Id id = NoId;
    Id parentId = NoId;
    QString name;
};
