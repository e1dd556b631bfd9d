#pragma once

#include "coach/CoachTypes.h"

#include <QString>

// The coach's flags in words: one sentence of reason and a rewrite direction each, translatable (context "Coach").
class CoachMessages {
public:
    static CoachFlag noNumber(const QString &measure);
    static CoachFlag outputVerb(const QString &verb, const QString &keyResult);
    static CoachFlag countsOwnTasks(const QString &tasks);
    static CoachFlag binary();
    // `start`: the stored start value, when the key result has one; empty when nothing says where it starts.
    static CoachFlag missingBaseline(const QString &target, const QString &start);
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
};
