#pragma once

#include "model/Ids.h"

#include <QDateTime>
#include <QString>

// A remark left on an objective or a key result (exactly one of the two ids is set).
struct Comment {
    Id id = NoId;
    Id objectiveId = NoId;
    Id keyResultId = NoId;
    QString author;
    QDateTime time; // UTC
    QString text;
};
