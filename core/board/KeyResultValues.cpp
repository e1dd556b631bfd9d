#include "board/KeyResultValues.h"

namespace KeyResultValues {

std::optional<double> valueOn(const QList<Scoring::ValuePoint> &history, QDate day)
{
    std::optional<double> value;
    for (const Scoring::ValuePoint &point : history) {
        if (point.date > day)
            break;
        value = point.value;
    }
    return value;
}

CyclePlan planOn(CyclePlan plan, const KeyResultHistories &histories, QDate day)
{
    for (KeyResult &keyResult : plan.keyResults)
        keyResult.current = valueOn(histories.value(keyResult.id), day);
    plan.rebuildIndex();
    return plan;
}

} // namespace KeyResultValues
