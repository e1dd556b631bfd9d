#pragma once

#include "board/ProgressBoard.h"

#include <QString>

#include <optional>

// Key results counted by status, in the words the board's team rows and organisation line use.
namespace StatusCountText {

// "3 on track, 2 at risk, 1 no check-in yet": the statuses that occur, in that order; "—" for none.
QString brief(const ProgressBoard::StatusCounts &counts);
// The same with each count's change since `before`: "3 on track (+1), 0 at risk (-2), 1 off track"; a status that
// occurs in either, in that order; "—" for none.
QString withChange(const ProgressBoard::StatusCounts &counts, const ProgressBoard::StatusCounts &before);

// The most worried status any key result has, for the text's colour; none when every one awaits its check-in.
std::optional<Confidence> mostWorried(const ProgressBoard::StatusCounts &counts);

} // namespace StatusCountText
