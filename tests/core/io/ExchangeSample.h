#pragma once

#include "io/ExchangeData.h"

// A small exchange with every kind of record and every optional field both set and unset.
ExchangeData sampleExchangeData();
