#pragma once

#include "coach/CoachText.h"
#include "coach/CoachTypes.h"

// Where the metric of a key result sits in its text, besides the values themselves.
struct ParsedMetric {
    enum class Pattern { None, FromTo, By, To, Threshold, Bare, Multiplier };
    Metric metric;
    Pattern pattern = Pattern::None;
    int measureFirst = -1; // items of the measured thing, or -1 when none
    int measureLast = -1;
    int targetLast = -1; // the last item of the target quantity, or -1
};

// Reads start, target, unit, kind and the measured thing from a key result's text: "from X to Y", "X -> Y",
// "by X%", "to Y", "under / at least Y", number-first ("+15% retention") and bare targets ("Get 10,000 followers").
class MetricParser {
public:
    // `verbItem` is the key result's leading verb, or -1; its roles give the direction when the numbers don't.
    static ParsedMetric parse(const CoachText &text, int verbItem);

private:
    static KeyResultKind kindFor(const CoachText &text, int verbItem, const Quantity &target, int measureFirst,
                                 int measureLast);
    static void measureSpan(const CoachText &text, int verbItem, int anchorItem, const Quantity *primary,
                            ParsedMetric &parsed);
};
