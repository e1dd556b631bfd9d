#pragma once

#include "model/Confidence.h"

#include <QDate>
#include <QString>

#include <optional>

// How a status reads for a manager, the same in the tree, the board and the report: one status, the more
// worried of the pace (progress against the schedule) and the confidence the team stated, with the reason in
// brackets when the two disagree. The bar and the sign beside it take that one status's colour.
namespace StatusWords {

// What a reader should look at: the more worried of the two; none when there is neither.
std::optional<Confidence> shown(std::optional<Confidence> pace, std::optional<Confidence> stated);

// For a column: "on track", "at risk (team says so)", "off track (behind schedule)"; "no check-in yet" when
// there is neither a pace nor a stated confidence (a key result added late, before its first check-in).
QString brief(std::optional<Confidence> pace, std::optional<Confidence> stated);

// The pace in a sentence: "40 % done, 45 % expected by 4 Dec: on schedule."; without a pace, why there is none.
QString paceSentence(double progress, double expected, QDate day, std::optional<Confidence> pace);

// The stated confidence in a sentence: "The team said at risk on 3 Dec." or that it has not checked in.
QString statedSentence(std::optional<Confidence> stated, QDate saidOn);

// What the status words, colours and signs mean: for the status column's tooltip and the report's legend.
QString legend();

} // namespace StatusWords
