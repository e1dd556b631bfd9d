#include "coach/CoachTypes.h"

#include "model/EnumNames.h"

#include <algorithm>

QString toString(KeyResultVerdict verdict)
{
    switch (verdict) {
    case KeyResultVerdict::Outcome:
        return QStringLiteral("outcome");
    case KeyResultVerdict::Output:
        return QStringLiteral("output");
    case KeyResultVerdict::Vague:
        return QStringLiteral("vague");
    }
    return {};
}

QString toString(ObjectiveVerdict verdict)
{
    switch (verdict) {
    case ObjectiveVerdict::Good:
        return QStringLiteral("good");
    case ObjectiveVerdict::Task:
        return QStringLiteral("task");
    case ObjectiveVerdict::Metric:
        return QStringLiteral("metric");
    }
    return {};
}

QString toString(CoachSeverity severity)
{
    switch (severity) {
    case CoachSeverity::Info:
        return QStringLiteral("info");
    case CoachSeverity::Warning:
        return QStringLiteral("warning");
    case CoachSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString kindName(KeyResultKind kind)
{
    switch (kind) {
    case KeyResultKind::Increase:
        return QStringLiteral("increase");
    case KeyResultKind::Decrease:
        return QStringLiteral("decrease");
    case KeyResultKind::KeepAbove:
    case KeyResultKind::KeepBelow:
        return QStringLiteral("maintain");
    }
    return {};
}

QString unitName(MeasureUnit unit)
{
    return EnumNames::name(unit);
}

QList<KpiTarget> kpiTargets(const QList<Kpi> &kpis)
{
    QList<KpiTarget> targets;
    targets.reserve(kpis.size());
    for (const Kpi &kpi : kpis)
        targets.append({kpi.name, kpi.target});
    return targets;
}

KeyResultContext KeyResultContext::of(const KeyResult &keyResult)
{
    KeyResultContext context;
    context.current = keyResult.current;
    context.start = keyResult.start;
    return context;
}

bool hasWarning(const QList<CoachFlag> &flags)
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [](const CoachFlag &flag) { return flag.severity != CoachSeverity::Info; });
}

bool KeyResultIdentity::isSameAs(const KeyResultIdentity &other) const
{
    if (normalizedText.isEmpty())
        return false;
    return normalizedText == other.normalizedText ||
           (!normalizedMeasure.isEmpty() && kind == other.kind && normalizedMeasure == other.normalizedMeasure);
}
