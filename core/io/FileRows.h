#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

// The kind of each row of a file and where it starts, three bytes a row (a kind, and how far past the row before
// it), with where every 64th starts and how many rows of each kind come before it: what a reader that reads a file
// again kind by kind keeps of the rows between readings, so that it goes straight to the rows it wants and finds a
// row's rank among its kind (the file-local id of its record) without reading the rows before it.
class FileRows {
public:
    static constexpr quint8 unranked = 0xff; // a row of none of the kinds (a blank line)

    explicit FileRows(int kindCount);

    // The next row, starting at `start` in the file (after the row before).
    void append(quint8 kind, qint64 start);
    qsizetype size() const { return m_kinds.size(); }
    quint8 kind(qsizetype row) const { return quint8(m_kinds.at(row)); }
    qint64 start(qsizetype row) const;
    // How many rows of the kind of `row` (not unranked) come before it.
    int rank(qsizetype row) const;

private:
    static constexpr qsizetype stride = 64;
    static constexpr quint16 longStep = 0xffff; // the step is in m_longSteps

    int m_kindCount;
    QByteArray m_kinds;                   // by row
    QList<quint16> m_steps;               // by row: how far it starts past the row before (0 for a checkpoint's)
    QHash<qsizetype, qint64> m_longSteps; // by row, steps of longStep bytes or more
    QList<qint64> m_checkpointStarts;     // every stride rows, where it starts
    QList<int> m_checkpointRanks;         // every stride rows, the rows of each kind before it
    QList<int> m_counts;                  // the rows of each kind so far
    qint64 m_lastStart = 0;
};
