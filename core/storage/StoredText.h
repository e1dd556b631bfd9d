#pragma once

#include "model/TextFields.h"

// The text check of the write boundary: every repository write of new text calls it first, so text over its
// TextLimits is refused with a DocumentError naming the field, before anything is written, whoever the caller
// (the window, the command line, an import). Putting removed rows back (undo) is not checked: it restores what
// the document held, which may predate the limits.
namespace StoredText {

void requireFits(TextField field, const QString &text);

// Every text of a Team, Cycle, Objective, KeyResult, Initiative, CheckIn, Kpi, TeamReview or Comment, as
// TextFields lists them; checked on a copy, which shares the texts.
template <typename Value> void requireFits(Value value)
{
    for (const auto &[field, text] : TextFields::of(value))
        requireFits(field, *text);
}

} // namespace StoredText
