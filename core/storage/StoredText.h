#pragma once

#include "model/CheckIn.h"
#include "model/Comment.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"
#include "model/Objective.h"
#include "model/Team.h"
#include "model/TeamReview.h"
#include "model/TextLimits.h"

// The text check of the write boundary: every repository write of new text calls one of these first, so text over
// its TextLimits is refused with a DocumentError naming the field, before anything is written, whoever the
// caller (the window, the command line, an import). Putting removed rows back (undo) is not checked: it restores
// what the document held, which may predate the limits.
namespace StoredText {

void requireFits(TextField field, const QString &text);
void requireFits(const Team &team);
void requireFits(const Cycle &cycle);
void requireFits(const Objective &objective);
void requireFits(const KeyResult &keyResult);
void requireFits(const Initiative &initiative);
void requireFits(const CheckIn &checkIn);
void requireFits(const Kpi &kpi);
void requireFits(const TeamReview &review);
void requireFits(const Comment &comment);

} // namespace StoredText
