#pragma once

#include "model/Ids.h"

#include <QDate>
#include <QList>
#include <QString>

enum class PreferredTrend { HigherIsBetter, LowerIsBetter };

struct KpiValue {
    QDate date;
    double value = 0.0;
};

// A business-as-usual health metric: not an OKR; one falling behind is a reason to write one.
struct Kpi {
    Id id = NoId;
    Id teamId = NoId;
    QString name;
    QString unitLabel;
    double target = 0.0;
    PreferredTrend trend = PreferredTrend::HigherIsBetter;
    QList<KpiValue> values; // oldest first
};
