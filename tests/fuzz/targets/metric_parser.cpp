// The coach's metric parser (core/coach/MetricParser): start, target, unit and measure read from any text.
#include "coach/Coach.h"
#include "coach/CoachText.h"
#include "coach/MetricParser.h"
#include "fuzz/FuzzTarget.h"

#include <cmath>

namespace {

bool finiteOrAbsent(const std::optional<double> &value)
{
    return !value || std::isfinite(*value);
}

bool itemOrNone(int item, const CoachText &text)
{
    return item >= -1 && item < text.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Coach coach;
    const QString input = FuzzTarget::text(data, size);

    const CoachText text(input, CoachLexicon::forLanguage());
    const ParsedMetric parsed = MetricParser::parse(text, -1);
    FuzzTarget::require(itemOrNone(parsed.measureFirst, text) && itemOrNone(parsed.measureLast, text) &&
                            itemOrNone(parsed.targetLast, text),
                        "the measure and target spans are items of the text");
    FuzzTarget::require(parsed.measureFirst <= parsed.measureLast, "a measure span starts before it ends");

    // Through the coach, with the leading verb it finds.
    const Metric metric = coach.parseMetric(input);
    FuzzTarget::require(finiteOrAbsent(metric.start) && finiteOrAbsent(metric.target),
                        "start and target are finite numbers");
    FuzzTarget::require(input.contains(metric.measure), "the measure is written in the text");
    return 0;
}
