#pragma once

#include "io/ExchangeLoader.h"
#include "model/Ids.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class Repository;

enum class ExchangeFormat { Csv, Json };

// Export and import in CSV and JSON: what the command line and File > Export / Import call.
// Every failure throws ExchangeError (bad data, naming row and column or field; unreadable or unwritable
// files) or DocumentError (the document itself), with a message for the user.
namespace DataExchange {

// "csv" or "json", in any case.
std::optional<ExchangeFormat> formatNamed(const QString &name);
// From the extension (.csv, .json); else JSON when the content starts with '{', CSV otherwise.
ExchangeFormat detectFormat(const QString &path, const QByteArray &content);

// The whole document, or the cycle `cycleId`: see ExchangeExtractor::extract and CsvExchange for what each holds.
QByteArray exportData(const Repository &repository, ExchangeFormat format, std::optional<Id> cycleId = std::nullopt);
// Writes the export to `path` through QSaveFile as the document is read: a failed export never leaves half a file.
// JSON and CSV (ExchangeExtractor::extractByCycle) hold one record at a time, so memory does not grow with the
// document. Returns what a damaged document could not give (ExchangeData::unreadable): the file was written without
// it.
QStringList exportToFile(const Repository &repository, ExchangeFormat format, std::optional<Id> cycleId,
                         const QString &path);

// Adds everything in one transaction: nothing is imported when anything is wrong. JSON is written record by record
// as it is read (JsonExchange::read), CSV kind by kind once the whole file is checked (CsvExchange::read).
ImportSummary importData(Repository &repository, const QByteArray &content, ExchangeFormat format);
// The format from the file's extension or content. The file is read from the disk as the import goes, never
// whole, so a file of any size takes no more memory than a small one beyond a few numbers per record.
ImportSummary importFile(Repository &repository, const QString &path);

} // namespace DataExchange
