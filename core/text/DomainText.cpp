#include "text/DomainText.h"

#include "text/ValueFormat.h"

#include <QCoreApplication>

namespace {

QString number(double value)
{
    return ValueFormat().number(value);
}

} // namespace

namespace DomainText {

QString percent(double share)
{
    return ValueFormat().percent(share);
}

QString measure(const KeyResult &keyResult, double value)
{
    return ValueFormat().measure(value, keyResult.unitLabel);
}

QString kpiMeasure(const Kpi &kpi, double value)
{
    return ValueFormat().measure(value, kpi.unitLabel);
}

QString currentAndTarget(const KeyResult &keyResult)
{
    QString target = measure(keyResult, keyResult.target);
    if (keyResult.kind == KeyResultKind::KeepAbove)
        target = QCoreApplication::translate("DomainText", "≥ %1").arg(target);
    else if (keyResult.kind == KeyResultKind::KeepBelow)
        target = QCoreApplication::translate("DomainText", "≤ %1").arg(target);
    // The unit once, after the target ("12 / 20 users"), unless it is a symbol written before numbers ("$5 / $8").
    const QString current = !keyResult.current ? QCoreApplication::translate("DomainText", "—")
                            : ValueFormat::isPrefixSymbol(keyResult.unitLabel) ? measure(keyResult, *keyResult.current)
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
    const ValueFormat format;
    const QString endText = format.date(cycle.end);
    const QString startText =
        cycle.start.year() == cycle.end.year() ? format.dayAndMonth(cycle.start) : format.date(cycle.start);
    return QCoreApplication::translate("DomainText", "%1 – %2").arg(startText, endText);
}

} // namespace DomainText
