#pragma once

#include "io/ExchangeSink.h"
#include "model/ObjectiveOutline.h"

// Where ExchangeExtractor::extractByCycle hands the plan to a writer whose rows nest each objective's key results
// and initiatives (CSV), in the order the rows are written, so that it can write each record as it comes: the teams
// and the cycles, then the outline of every objective in the order they are to be written (an objective may align to
// one written after it), then cycle by cycle each objective followed by its key results, each key result followed by
// its initiatives. Check-ins, KPIs and reviews are never handed over.
class CyclePlanSink : public ExchangeSink {
public:
    virtual void addOutline(const ObjectiveOutline &outline) = 0;
};
