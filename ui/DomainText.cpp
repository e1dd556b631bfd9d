#include "DomainText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DomainText", text);
}

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
    return tr("%1 %").arg(std::lround(share * 100.0));
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

QString currentAndTarget(const KeyResult &keyResult)
{
    QString target = measure(keyResult, keyResult.target);
    if (keyResult.kind == KeyResultKind::KeepAbove)
        target = tr("≥ %1").arg(target);
    else if (keyResult.kind == KeyResultKind::KeepBelow)
        target = tr("≤ %1").arg(target);
    // The unit once, after the target ("12 / 20 users"), unless it is a symbol written before numbers ("$5 / $8").
    const QString current = !keyResult.current ? tr("—")
        : isSymbolPrefix(keyResult)            ? measure(keyResult, *keyResult.current)
                                               : number(*keyResult.current);
    return tr("%1 / %2").arg(current, target);
}

QString confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::OnTrack:
        return tr("on track");
    case Confidence::AtRisk:
        return tr("at risk");
    case Confidence::OffTrack:
        return tr("off track");
    }
    return {};
}

QString initiativeStatus(InitiativeStatus status)
{
    switch (status) {
    case InitiativeStatus::Planned:
        return tr("Planned");
    case InitiativeStatus::InProgress:
        return tr("In progress");
    case InitiativeStatus::Done:
        return tr("Done");
    case InitiativeStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString cycleState(CycleState state)
{
    switch (state) {
    case CycleState::Planning:
        return tr("planning");
    case CycleState::Active:
        return tr("active");
    case CycleState::Closed:
        return tr("closed");
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
    return tr("%1 – %2").arg(startText, endText);
}

} // namespace DomainText
