#include "io/AppendedPositions.h"

#include <utility>

AppendedPositions::AppendedPositions(std::function<int(Id parent)> storedChildren)
    : m_storedChildren(std::move(storedChildren))
{
}

int AppendedPositions::next(Id parent)
{
    if (parent != m_parent) {
        m_nextPosition = m_parentsSeen.contains(parent) ? m_storedChildren(parent) : 0;
        m_parentsSeen.insert(parent);
        m_parent = parent;
    }
    return m_nextPosition++;
}
