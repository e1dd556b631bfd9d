#pragma once

#include "io/ExchangeSink.h"
#include "model/ObjectiveOutline.h"

// Where ExchangeExtractor::extractByCycle hands the plan to a writer whose rows nest each objective's key results
// and initiatives (CSV), so that it holds one cycle's plan at most: the teams and the cycles, then the outline of
// every objective in the order they are to be written (an objective may align to one written after it), then each
// cycle's objectives, key results and initiatives, kind by kind, closed by endCycle(). Check-ins, KPIs and reviews
// are never handed over.
class CyclePlanSink : public ExchangeSink {
public:
    virtual void addOutline(const ObjectiveOutline &outline) = 0;
    virtual void endCycle() = 0;
};
