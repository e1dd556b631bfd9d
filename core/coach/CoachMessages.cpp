#include "coach/CoachMessages.h"

#include "text/DomainText.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace {

CoachFlag flag(const char *code, CoachSeverity severity, const QString &message, const QString &suggestion)
{
    return {QLatin1String(code), severity, message, suggestion};
}

} // namespace

CoachFlag CoachMessages::noNumber(const QString &aim, bool aimIsMeasurable)
{
    const QString message =
        QCoreApplication::translate("Coach", "There is no number, so nobody can tell how far along it is.");
    if (aimIsMeasurable && !aim.isEmpty()) {
        return flag(CoachCode::NoNumber, CoachSeverity::Warning, message,
                    QCoreApplication::translate("Coach", "Add today's value of %1 and the value it should reach by the "
                                                         "end of the cycle.")
                        .arg(aim));
    }
    // "Improve SEO": the aim itself cannot be counted, so a number beside it would not help; what it brings can.
    const QString suggestion =
        aim.isEmpty()
            ? QCoreApplication::translate("Coach", "Ask what this should bring about, such as visitors, sign-ups, "
                                                   "customers or revenue, and measure that outcome from where it "
                                                   "stands today to a target.")
            : QCoreApplication::translate("Coach", "Ask what %1 should bring about, such as visitors, sign-ups, "
                                                   "customers or revenue, and measure that outcome from where it "
                                                   "stands today to a target.")
                  .arg(aim);
    return flag(CoachCode::NoNumber, CoachSeverity::Warning, message, suggestion);
}

CoachFlag CoachMessages::placeholderNumbers(const QString &placeholders, const QString &measure)
{
    const QString message =
        QCoreApplication::translate("Coach", "The numbers are still placeholders (%1): it reads as an outcome once "
                                             "they are written in.")
            .arg(placeholders);
    const QString suggestion =
        measure.isEmpty()
            ? QCoreApplication::translate("Coach", "Replace %1 with where it stands today and the value it should "
                                                   "reach by the end of the cycle.")
                  .arg(placeholders)
            : QCoreApplication::translate("Coach", "Replace %1 with today's value of %2 and the value it should "
                                                   "reach by the end of the cycle.")
                  .arg(placeholders, measure);
    return flag(CoachCode::PlaceholderNumbers, CoachSeverity::Warning, message, suggestion);
}

CoachFlag CoachMessages::outputVerb(const QString &verb, const QString &keyResult)
{
    return flag(
        CoachCode::OutputVerb, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "\"%1\" names an activity or deliverable, not a result it produces.")
            .arg(verb),
        QCoreApplication::translate(
            "Coach", "Keep asking why: what should \"%1\" change for customers or the business? Measure that, "
                     "e.g. \"Increase trial-to-paid conversion from 4% to 6%\", and keep the task as an initiative.")
            .arg(keyResult));
}

CoachFlag CoachMessages::countsOwnTasks(const QString &tasks, bool plural)
{
    if (tasks.isEmpty()) {
        return flag(CoachCode::CountsOwnTasks, CoachSeverity::Warning,
                    QCoreApplication::translate("Coach", "The number counts the team's own work, not its effect."),
                    QCoreApplication::translate(
                        "Coach", "Ask why that work matters and count what it should bring: readers, sign-ups, "
                                 "replies, conversion or revenue."));
    }
    const QString suggestion =
        plural ? QCoreApplication::translate("Coach", "Ask why those %1 matter and count what they should bring: "
                                                      "readers, sign-ups, replies, conversion or revenue.")
               : QCoreApplication::translate("Coach", "Ask why that %1 matters and count what it should bring: "
                                                      "readers, sign-ups, replies, conversion or revenue.");
    return flag(
        CoachCode::CountsOwnTasks, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "The number counts the team's own work (%1), not its effect.").arg(tasks),
        suggestion.arg(tasks));
}

CoachFlag CoachMessages::binary()
{
    return flag(
        CoachCode::Binary, CoachSeverity::Warning,
        QCoreApplication::translate("Coach",
                                    "It can only be done or not done, so progress cannot be graded during the cycle."),
        QCoreApplication::translate(
            "Coach", "Make it an initiative and write the measurable result it should move as the key result."));
}

CoachFlag CoachMessages::missingBaseline(const QString &target)
{
    return flag(
        CoachCode::MissingBaseline, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "The target has no starting value, so progress cannot be computed."),
        QCoreApplication::translate("Coach", "Add where it stands today, so that it reads from that value to %1.")
            .arg(target));
}

CoachFlag CoachMessages::alreadyAchieved(double current, double target)
{
    return flag(
        CoachCode::AlreadyAchieved, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "The current value %1 already meets the target %2.")
            .arg(current)
            .arg(target),
        QCoreApplication::translate(
            "Coach", "Set a target that still asks for a change, or pick a result that needs work this cycle."));
}

CoachFlag CoachMessages::restatesKpi(const KpiTarget &kpi)
{
    return flag(CoachCode::RestatesKpi, CoachSeverity::Warning,
                QCoreApplication::translate("Coach", "It restates the KPI target \"%1\" (%2).")
                    .arg(kpi.name, QString::number(kpi.target)),
                QCoreApplication::translate(
                    "Coach",
                    "A KPI shows where to look: ask why it falls behind and measure the cause the team can move "
                    "every week."));
}

CoachFlag CoachMessages::objectiveIsTask(const QString &verb)
{
    return flag(
        CoachCode::ObjectiveIsTask, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "\"%1\" makes the objective a project, not a direction for the cycle.")
            .arg(verb),
        QCoreApplication::translate(
            "Coach", "Ask what the project should achieve and make that the objective, e.g. \"Increase product "
                     "reach in Germany\"; the project becomes an initiative."));
}

CoachFlag CoachMessages::objectiveHasMetric()
{
    return flag(CoachCode::ObjectiveHasMetric, CoachSeverity::Warning,
                QCoreApplication::translate("Coach", "The objective carries numbers that belong in its key results."),
                QCoreApplication::translate(
                    "Coach", "Describe the qualitative direction here and move the number into a key result."));
}

CoachFlag CoachMessages::tooFewKeyResults(int count)
{
    return flag(
        CoachCode::TooFewKeyResults, CoachSeverity::Warning,
        count == 0 ? QCoreApplication::translate(
                         "Coach", "The objective has no key results yet, so nothing shows whether it was reached.")
                   : QCoreApplication::translate(
                         "Coach", "The objective has %n key result(s); one number rarely shows whether it was reached.",
                         nullptr, count),
        QCoreApplication::translate(
            "Coach", "Add key results until 2 to 5 (ideally 3 or 4) measure the objective from different sides."));
}

CoachFlag CoachMessages::tooManyKeyResults(int count)
{
    return flag(CoachCode::TooManyKeyResults, CoachSeverity::Warning,
                QCoreApplication::translate("Coach", "The objective has %1 key results; more than 5 dilute the focus.")
                    .arg(count),
                QCoreApplication::translate(
                    "Coach", "Keep the 3 or 4 that best show success and move the rest to initiatives or KPIs."));
}

CoachFlag CoachMessages::tooManyTeamObjectives(const QString &team, int count)
{
    return flag(CoachCode::TooManyTeamObjectives, CoachSeverity::Warning,
                QCoreApplication::translate(
                    "Coach", "%1 has %2 objectives in this cycle; more than 3 split the team's attention.")
                    .arg(team)
                    .arg(count),
                QCoreApplication::translate(
                    "Coach", "Choose the 1 to 3 objectives that matter most this quarter and park the others."));
}

CoachFlag CoachMessages::tooManyCompanyObjectives(int count)
{
    return flag(CoachCode::TooManyCompanyObjectives, CoachSeverity::Warning,
                QCoreApplication::translate(
                    "Coach", "The company has %1 objectives in this cycle; more than 5 means nothing is a priority.")
                    .arg(count),
                QCoreApplication::translate(
                    "Coach", "Keep at most 5 company objectives and let teams carry the rest as their own."));
}

CoachFlag CoachMessages::notAligned()
{
    return flag(
        CoachCode::NotAligned, CoachSeverity::Info,
        QCoreApplication::translate("Coach", "The objective is not aligned to any company objective."),
        QCoreApplication::translate(
            "Coach", "Align it to the company objective it serves, or ask whether it should be pursued this cycle."));
}

CoachFlag CoachMessages::duplicateKeyResult(const QString &keyResult)
{
    return flag(
        CoachCode::DuplicateKeyResult, CoachSeverity::Warning,
        QCoreApplication::translate("Coach", "\"%1\" measures the same thing as another key result.").arg(keyResult),
        QCoreApplication::translate("Coach", "Merge the two, or make each measure a different side of the objective."));
}

QString CoachMessages::flagName(const QString &code)
{
    // Built per call, not kept: the words follow the language installed when they are asked for.
    const QHash<QString, QString> names{
        {QLatin1String(CoachCode::NoNumber), QCoreApplication::translate("Coach", "no number")},
        {QLatin1String(CoachCode::PlaceholderNumbers), QCoreApplication::translate("Coach", "placeholder numbers")},
        {QLatin1String(CoachCode::OutputVerb), QCoreApplication::translate("Coach", "activity instead of outcome")},
        {QLatin1String(CoachCode::CountsOwnTasks), QCoreApplication::translate("Coach", "counts the team's own work")},
        {QLatin1String(CoachCode::Binary), QCoreApplication::translate("Coach", "done or not done")},
        {QLatin1String(CoachCode::MissingBaseline), QCoreApplication::translate("Coach", "no starting value")},
        {QLatin1String(CoachCode::AlreadyAchieved), QCoreApplication::translate("Coach", "target already met")},
        {QLatin1String(CoachCode::RestatesKpi), QCoreApplication::translate("Coach", "restates a KPI")},
        {QLatin1String(CoachCode::ObjectiveIsTask), QCoreApplication::translate("Coach", "objective is a task")},
        {QLatin1String(CoachCode::ObjectiveHasMetric),
         QCoreApplication::translate("Coach", "numbers in the objective")},
        {QLatin1String(CoachCode::TooFewKeyResults), QCoreApplication::translate("Coach", "too few key results")},
        {QLatin1String(CoachCode::TooManyKeyResults), QCoreApplication::translate("Coach", "too many key results")},
        {QLatin1String(CoachCode::TooManyTeamObjectives),
         QCoreApplication::translate("Coach", "too many team objectives")},
        {QLatin1String(CoachCode::TooManyCompanyObjectives),
         QCoreApplication::translate("Coach", "too many company objectives")},
        {QLatin1String(CoachCode::NotAligned), QCoreApplication::translate("Coach", "not aligned")},
        {QLatin1String(CoachCode::DuplicateKeyResult), QCoreApplication::translate("Coach", "duplicate key result")},
    };
    return names.value(code, code);
}

QString CoachMessages::flagCountList(const QMap<QString, int> &counts)
{
    QList<std::pair<QString, int>> byCount;
    for (auto code = counts.cbegin(); code != counts.cend(); ++code)
        byCount.append({code.key(), code.value()});
    // Stable: equal counts stay in the codes' order, so the same review always reads the same.
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto &left, const auto &right) { return left.second > right.second; });
    QStringList parts;
    for (const auto &[code, count] : byCount)
        parts.append(QCoreApplication::translate("Coach", "%1 (%2)").arg(flagName(code)).arg(count));
    return parts.join(QCoreApplication::translate("Coach", ", "));
}

QStringList CoachMessages::tallySentences(const CycleReview::Tally &tally)
{
    QStringList sentences{
        QCoreApplication::translate("Coach", "The coach flagged %1 of %n key result(s) (%2).", nullptr,
                                    tally.keyResults)
            .arg(tally.flaggedKeyResults)
            .arg(DomainText::percent(tally.flaggedKeyResultShare())),
        QCoreApplication::translate("Coach", "It flagged %1 of %n objective(s).", nullptr, tally.objectives)
            .arg(tally.flaggedObjectives)};
    if (tally.unmeasuredObjectives > 0)
        sentences.append(QCoreApplication::translate("Coach", "No key results measure %n objective(s).", nullptr,
                                                     tally.unmeasuredObjectives));
    if (tally.teamsOverGuidance > 0)
        sentences.append(QCoreApplication::translate(
            "Coach", "%n team(s) set more objectives than the guidance allows.", nullptr, tally.teamsOverGuidance));
    if (!tally.isClean())
        sentences.append(QCoreApplication::translate("Coach", "The flags: %1.").arg(flagCountList(tally.flagCounts)));
    return sentences;
}
