#pragma once

#include "coach/CoachTypes.h"
#include "coach/CycleReview.h"

#include <QMap>
#include <QString>

// The coach's flags in words: one sentence of reason and a rewrite direction each, translatable (context "Coach").
class CoachMessages {
public:
    // `aim`: what the text wants to change ("SEO", "customer satisfaction"), empty when it names none;
    // `aimIsMeasurable`: it can be counted as it is, so only the numbers are missing.
    static CoachFlag noNumber(const QString &aim, bool aimIsMeasurable);
    // "Increase lead conversion from X to Y": `placeholders` ("X, Y") stand where the numbers go.
    static CoachFlag placeholderNumbers(const QString &placeholders, const QString &measure);
    static CoachFlag outputVerb(const QString &verb, const QString &keyResult);
    // `tasks`: the counted work as written ("blog posts", "report"), empty when it cannot be named; `plural` picks
    // the sentence that agrees with it.
    static CoachFlag countsOwnTasks(const QString &tasks, bool plural = true);
    static CoachFlag binary();
    // Only when nothing says where it starts: neither the text nor a stored start value.
    static CoachFlag missingBaseline(const QString &target);
    static CoachFlag alreadyAchieved(double current, double target);
    static CoachFlag restatesKpi(const KpiTarget &kpi);
    static CoachFlag objectiveIsTask(const QString &verb);
    static CoachFlag objectiveHasMetric();
    static CoachFlag tooFewKeyResults(int count);
    static CoachFlag tooManyKeyResults(int count);
    static CoachFlag tooManyTeamObjectives(const QString &team, int count);
    static CoachFlag tooManyCompanyObjectives(int count);
    static CoachFlag notAligned();
    static CoachFlag duplicateKeyResult(const QString &keyResult);

    // A flag code's short name for summaries ("output-verb": "activity instead of outcome"); a code it does not know
    // as it is.
    static QString flagName(const QString &code);
    // "activity instead of outcome (5), no number (3)": the codes by name, the most frequent first.
    static QString flagCountList(const QMap<QString, int> &counts);
    // A review's counts in sentences, for the board and the report: the key results and objectives flagged, the
    // objectives nothing measures, the teams over the guidance and the flags by name (what is none is left out).
    static QStringList tallySentences(const CycleReview::Tally &tally);
};
