#include "io/CsvWriter.h"

namespace {

QString escaped(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{
}

void CsvWriter::addRecord(const QStringList &fields)
{
    QStringList escapedFields;
    escapedFields.reserve(fields.size());
    for (const QString &field : fields)
        escapedFields.append(escaped(field));
    m_data += escapedFields.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}
