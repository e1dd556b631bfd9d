#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV into a device, a record at a time: UTF-8 with a byte order mark (so spreadsheets read the
// accents), CRLF line ends, fields quoted only when they hold a comma, a quote, a line break or leading / trailing
// spaces.
class CsvWriter {
public:
    // Writes the byte order mark.
    explicit CsvWriter(QIODevice &device);

    void addRecord(const QStringList &fields);
    // False once the device refused a write (a full disk): what follows is not written.
    bool written() const { return m_written; }

private:
    void put(const QByteArray &bytes);

    QIODevice &m_device;
    QString m_record; // one record's text, its buffer reused from record to record
    bool m_written = true;
};
