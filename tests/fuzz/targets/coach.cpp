// The OKR coach (core/coach) on arbitrary titles: each line of the input is a key result and an objective, and
// all of them one objective's set of key results.
#include "coach/Coach.h"
#include "coach/PlanChecks.h"
#include "fuzz/FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Coach coach;
    const QStringList titles = FuzzTarget::text(data, size).split(QLatin1Char('\n'));
    for (const QString &title : titles) {
        const KeyResultReview keyResult = coach.reviewKeyResult(title);
        FuzzTarget::require(keyResult.verdict == KeyResultVerdict::Outcome || !keyResult.flags.isEmpty(),
                            "a key result that is not an outcome is told why");
        coach.reviewObjective(title);
    }
    const QList<CoachFlag> setFlags = coach.reviewKeyResultSet(titles);
    FuzzTarget::require(!setFlags.isEmpty() ||
                            (titles.size() >= PlanChecks::MinKeyResults && titles.size() <= PlanChecks::MaxKeyResults),
                        "a set of too few or too many key results is flagged");
    return 0;
}
