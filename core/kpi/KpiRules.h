#pragma once

#include "model/Kpi.h"

#include <QDate>
#include <QList>
#include <QString>

// What a KPI and its values must be before they are stored: shared by the KPI dialogs and the command line.
// Each check returns the problem in words for people, or an empty string when there is none.
namespace KpiRules {

// A name, unique (ignoring case) among the KPIs of its team (or among the company-wide ones).
// `existing`: the document's KPIs; the KPI itself (same id) among them is ignored, so an edit keeps its name.
QString problemWithKpi(const Kpi &kpi, const QList<Kpi> &existing);

// A value is measured: on a valid date, not after `today`.
QString problemWithValueDate(QDate date, QDate today);

// The values after recording `value`: it replaces one of the same day, and the list stays oldest first.
QList<KpiValue> withValue(QList<KpiValue> values, const KpiValue &value);

} // namespace KpiRules
