#include "kpi/KpiRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace KpiRules {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("KpiRules", text);
}

} // namespace

QString problemWithKpi(const Kpi &kpi, const QList<Kpi> &existing)
{
    const QString name = kpi.name.trimmed();
    if (name.isEmpty())
        return translated(QT_TRANSLATE_NOOP("KpiRules", "A KPI needs a name."));
    const bool taken = std::any_of(existing.cbegin(), existing.cend(), [&](const Kpi &other) {
        return other.id != kpi.id && other.teamId == kpi.teamId &&
               other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
    if (taken)
        return kpi.teamId == NoId
                   ? translated(QT_TRANSLATE_NOOP("KpiRules", "There already is a company-wide KPI named “%1”."))
                         .arg(name)
                   : translated(QT_TRANSLATE_NOOP("KpiRules", "This team already has a KPI named “%1”.")).arg(name);
    return {};
}

QString problemWithValueDate(QDate date, QDate today)
{
    if (!date.isValid())
        return translated(QT_TRANSLATE_NOOP("KpiRules", "A value needs a date."));
    if (date > today)
        return translated(
                   QT_TRANSLATE_NOOP("KpiRules", "A value is recorded when it was measured: %1 is in the future."))
            .arg(date.toString(Qt::ISODate));
    return {};
}

QList<KpiValue> withValue(QList<KpiValue> values, const KpiValue &value)
{
    const auto later = std::lower_bound(values.begin(), values.end(), value.date,
                                        [](const KpiValue &stored, QDate date) { return stored.date < date; });
    if (later != values.end() && later->date == value.date)
        later->value = value.value;
    else
        values.insert(later, value);
    return values;
}

} // namespace KpiRules
