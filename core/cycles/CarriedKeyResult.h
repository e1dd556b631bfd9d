#pragma once

#include "model/KeyResult.h"

#include <QString>

// A key result carried into the next cycle: it starts where it ended (its last value), has no value yet, counts
// from the day it is carried, and a title that states the old start ("from 300 to 500") states the new one
// ("from 320 to 500"), so the title and the numbers never disagree.
namespace CarriedKeyResult {

// The copy for the next cycle; id, objective and position are left to the caller.
KeyResult carried(const KeyResult &source);

// `title` with the number after its first "from" rewritten from `oldStart` to `newStart`, written the way the
// title wrote it (thousands separators, a currency sign before it, a unit after it). Unchanged when the title
// states no start, or a start other than `oldStart`.
QString retitled(const QString &title, double oldStart, double newStart);

} // namespace CarriedKeyResult
