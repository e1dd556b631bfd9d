#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

class QIODevice;

// An RFC 4180 reader: UTF-8 with or without a byte order mark, CRLF or LF line ends, quoted fields holding
// commas, doubled quotes and line breaks. Qt has none. It reads the device a chunk at a time and holds one chunk
// and one record, so a file of any size takes the same memory; a record may span any number of chunks.
class CsvReader {
public:
    static constexpr qsizetype defaultChunkSize = 64 * 1024;

    explicit CsvReader(QIODevice &device, qsizetype chunkSize = defaultChunkSize);

    // Moves to the next record; false at the end of the file. An empty line is an empty record, so that record n
    // is spreadsheet row n. Throws ExchangeError for a quote that is never closed, text right after a closing
    // quote, or a device that fails.
    bool next();

    // The current record's spreadsheet row, from 1, and where it starts in the device.
    int row() const { return m_row; }
    qint64 recordStart() const { return m_recordStart; }
    // Makes the record that starts at `offset` in the device (a recordStart() of an earlier reading), numbered
    // `row`, the next one: a later pass reads only the records it needs.
    void moveTo(qint64 offset, int row);
    qsizetype fieldCount() const { return qsizetype(m_fieldEnds.size()); }
    // Field `index` of the current record, decoded only when asked: most callers need a few of many columns.
    // Empty past the record's last field.
    QString field(qsizetype index) const;
    // The same without white space at either end, as QString::trimmed() takes it off.
    QString trimmedField(qsizetype index) const;
    // Whether every field of the current record is empty or white space.
    bool isBlank() const;

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    qsizetype available() const { return m_buffer.size() - m_position; }
    bool fill();
    void skipByteOrderMark();
    void endField() { m_fieldEnds.push_back(m_text.size()); }
    QByteArrayView fieldBytes(qsizetype index) const;

    QIODevice &m_device;
    const qsizetype m_chunkSize;
    QByteArray m_buffer;  // the chunk being read; bytes before m_position are read already
    qint64 m_bufferStart; // where m_buffer starts in the device
    qsizetype m_position = 0;
    qint64 m_recordStart = 0;
    bool m_atStart = true;       // the byte order mark is yet to be skipped
    bool m_skipLineFeed = false; // the last record ended with CR: an LF right after belongs to it
    int m_row = 0;
    std::string m_text; // the current record's fields, unquoted, one after another (lighter than QByteArray)
    std::vector<size_t> m_fieldEnds; // where each field ends in m_text
};
