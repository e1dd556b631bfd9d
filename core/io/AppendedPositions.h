#pragma once

#include "io/IdRuns.h"

#include <functional>
#include <optional>

// The positions of children an import appends to parents it added, in the order the file gives them. Children of one
// parent usually come together, so only the last parent's count is kept, with the parents seen (as runs of ids); a
// parent seen before, then left, has its children counted in the document (`storedChildren`, which writes what is
// waiting first). A new parent has none.
class AppendedPositions {
public:
    explicit AppendedPositions(std::function<int(Id parent)> storedChildren);

    // The position of the next child of `parent`.
    int next(Id parent);

private:
    std::function<int(Id)> m_storedChildren;
    IdRuns m_parentsSeen;
    std::optional<Id> m_parent; // of the last child
    int m_nextPosition = 0;
};
