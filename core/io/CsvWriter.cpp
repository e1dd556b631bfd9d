#include "io/CsvWriter.h"

#include <QIODevice>

namespace {

void appendField(QString &record, const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) {
        record += field;
        return;
    }
    record += QLatin1Char('"');
    for (const QChar character : field) {
        if (character == QLatin1Char('"'))
            record += QLatin1Char('"');
        record += character;
    }
    record += QLatin1Char('"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    put(QByteArrayLiteral("\xEF\xBB\xBF"));
}

void CsvWriter::addRecord(const QStringList &fields)
{
    m_record.resize(0);
    for (qsizetype index = 0; index < fields.size(); ++index) {
        if (index > 0)
            m_record += QLatin1Char(',');
        appendField(m_record, fields.at(index));
    }
    m_record += QLatin1String("\r\n");
    put(m_record.toUtf8());
}

void CsvWriter::put(const QByteArray &bytes)
{
    m_written = m_written && m_device.write(bytes) == bytes.size();
}
