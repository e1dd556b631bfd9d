#pragma once

#include <QByteArray>
#include <QStringList>

// Writes RFC 4180 CSV: UTF-8 with a byte order mark (so spreadsheets read the accents), CRLF line ends, fields
// quoted only when they hold a comma, a quote, a line break or leading / trailing spaces.
class CsvWriter {
public:
    CsvWriter();

    void addRecord(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};
