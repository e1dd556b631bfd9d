#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// An RFC 4180 reader: UTF-8 with or without a byte order mark, CRLF or LF line ends, quoted fields holding
// commas, doubled quotes and line breaks. Qt has none.
namespace CsvReader {

// The records in file order; an empty line is an empty record, so that record n is spreadsheet row n + 1.
// Throws ExchangeError for a quote that is never closed, or text right after a closing quote.
QList<QStringList> parse(const QByteArray &bytes);

} // namespace CsvReader
