#include "text/DomainText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

QString number(double value)
{
    // Up to two decimals, none when the value is whole: "12", "4.5", "0.25".
    const double rounded = std::round(value * 100.0) / 100.0;
    const int decimals = rounded == std::trunc(rounded) ? 0 : (rounded * 10.0 == std::trunc(rounded * 10.0) ? 1 : 2);
    return QLocale().toString(rounded, 'f', decimals);
}

bool isSymbolPrefix(const KeyResult &keyResult)
{
    // Currency symbols such as "$" or "€" go before the number; codes such as "EUR" after it.
    return keyResult.unit == MeasureUnit::Currency && keyResult.unitLabel.size() == 1;
}

} // namespace

namespace DomainText {

QString percent(double share)
{
    return QCoreApplication::translate("DomainText", "%1 %").arg(std::lround(share * 100.0));
}

QString compactPercent(double share)
{
    return QCoreApplication::translate("DomainText", "%1%").arg(std::lround(share * 100.0));
}

QString measure(const KeyResult &keyResult, double value)
{
    const QString label = keyResult.unitLabel.trimmed();
    if (label.isEmpty())
        return number(value);
    if (isSymbolPrefix(keyResult))
        return label + number(value);
    if (label.startsWith(QLatin1Char('/')))
        return number(value) + label; // a rating: "4.2/10"
    return number(value) + QLatin1Char(' ') + label;
}

QString kpiMeasure(const Kpi &kpi, double value)
{
    // Currency symbols go before the number, every other unit after it.
    const QString label = kpi.unitLabel.trimmed();
    if (label.isEmpty())
        return number(value);
    if (label.size() == 1 && label.at(0).category() == QChar::Symbol_Currency)
        return label + number(value);
    return number(value) + QLatin1Char(' ') + label;
}

QString currentAndTarget(const KeyResult &keyResult)
{
    QString target = measure(keyResult, keyResult.target);
    if (keyResult.kind == KeyResultKind::KeepAbove)
        target = QCoreApplication::translate("DomainText", "≥ %1").arg(target);
    else if (keyResult.kind == KeyResultKind::KeepBelow)
        target = QCoreApplication::translate("DomainText", "≤ %1").arg(target);
    // The unit once, after the target ("12 / 20 users"), unless it is a symbol written before numbers ("$5 / $8").
    const QString current = !keyResult.current          ? QCoreApplication::translate("DomainText", "—")
                            : isSymbolPrefix(keyResult) ? measure(keyResult, *keyResult.current)
                                                        : number(*keyResult.current);
    return QCoreApplication::translate("DomainText", "%1 / %2").arg(current, target);
}

QString confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::OnTrack:
        return QCoreApplication::translate("DomainText", "on track");
    case Confidence::AtRisk:
        return QCoreApplication::translate("DomainText", "at risk");
    case Confidence::OffTrack:
        return QCoreApplication::translate("DomainText", "off track");
    }
    return {};
}

QString initiativeStatus(InitiativeStatus status)
{
    switch (status) {
    case InitiativeStatus::Planned:
        return QCoreApplication::translate("DomainText", "Planned");
    case InitiativeStatus::InProgress:
        return QCoreApplication::translate("DomainText", "In progress");
    case InitiativeStatus::Done:
        return QCoreApplication::translate("DomainText", "Done");
    case InitiativeStatus::Dropped:
        return QCoreApplication::translate("DomainText", "Dropped");
    }
    return {};
}

QString cycleState(CycleState state)
{
    switch (state) {
    case CycleState::Planning:
        return QCoreApplication::translate("DomainText", "planning");
    case CycleState::Active:
        return QCoreApplication::translate("DomainText", "active");
    case CycleState::Closed:
        return QCoreApplication::translate("DomainText", "closed");
    }
    return {};
}

QString cycleDates(const Cycle &cycle)
{
    const QLocale locale;
    const QString endText = locale.toString(cycle.end, QStringLiteral("d MMM yyyy"));
    const QString startText = cycle.start.year() == cycle.end.year()
                                  ? locale.toString(cycle.start, QStringLiteral("d MMM"))
                                  : locale.toString(cycle.start, QStringLiteral("d MMM yyyy"));
    return QCoreApplication::translate("DomainText", "%1 – %2").arg(startText, endText);
}

} // namespace DomainText
