#include "io/FileRows.h"

#include <algorithm>

FileRows::FileRows(int kindCount)
    : m_kindCount(kindCount)
    , m_counts(kindCount, 0)
{
}

void FileRows::append(quint8 kind, qint64 start)
{
    const qsizetype row = m_kinds.size();
    qint64 step = start - m_lastStart;
    if (row % stride == 0) {
        m_checkpointStarts.append(start);
        m_checkpointRanks.append(m_counts);
        step = 0;
    }
    if (step >= longStep)
        m_longSteps.insert(row, step);
    m_steps.append(quint16(std::min<qint64>(step, longStep)));
    m_kinds.append(char(kind));
    m_lastStart = start;
    if (kind != unranked)
        ++m_counts[kind];
}

qint64 FileRows::start(qsizetype row) const
{
    const qsizetype first = row - row % stride;
    qint64 start = m_checkpointStarts.at(first / stride);
    for (qsizetype following = first + 1; following <= row; ++following) {
        const quint16 step = m_steps.at(following);
        start += step == longStep ? m_longSteps.value(following) : step;
    }
    return start;
}

int FileRows::rank(qsizetype row) const
{
    const char wanted = m_kinds.at(row);
    const qsizetype first = row - row % stride;
    const int before = m_checkpointRanks.at(first / stride * m_kindCount + quint8(wanted));
    return before + int(std::count(m_kinds.cbegin() + first, m_kinds.cbegin() + row, wanted));
}
