#include "cli/ExportSubcommand.h"

#include "io/DataExchange.h"
#include "io/ExchangeError.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

const QString formatOption = QStringLiteral("format");
const QString cycleOption = QStringLiteral("cycle");
const QString outOption = QStringLiteral("out");

} // namespace

QString ExportSubcommand::summary() const
{
    return QCoreApplication::translate("ExportSubcommand", "Export a document or one cycle as CSV or JSON.");
}

void ExportSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("ExportSubcommand", "The document."));
    parser.addOption(
        {formatOption,
         QCoreApplication::translate("ExportSubcommand", "csv (one row per objective, key result and initiative, for "
                                                         "spreadsheets) or json (everything, lossless). Default: from "
                                                         "the extension of --out."),
         QStringLiteral("FORMAT")});
    parser.addOption(
        {cycleOption,
         QCoreApplication::translate("ExportSubcommand", "Export only the cycle named C, e.g. \"2026 Q3\"."),
         QStringLiteral("C")});
    parser.addOption(
        {outOption, QCoreApplication::translate("ExportSubcommand", "The file to write."), QStringLiteral("PATH")});
}

int ExportSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, QCoreApplication::translate("ExportSubcommand", "expected exactly one FILE."));
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usageError(err, QCoreApplication::translate("ExportSubcommand", "--out PATH is required."));
    const QString formatName = parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(outPath).suffix();
    const std::optional<ExchangeFormat> format = DataExchange::formatNamed(formatName);
    if (!format)
        return usageError(
            err, parser.isSet(formatOption)
                     ? QCoreApplication::translate("ExportSubcommand", "--format takes csv or json, not '%1'.")
                           .arg(formatName)
                     : QCoreApplication::translate("ExportSubcommand", "--format csv or --format json is required when "
                                                                       "--out does not end in .csv or .json."));

    const std::unique_ptr<Document> document = openDocument(files.first(), err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        std::optional<Id> cycleId;
        if (parser.isSet(cycleOption)) {
            const std::optional<Cycle> cycle = repository.cycles().byName(parser.value(cycleOption));
            if (!cycle) {
                QStringList names;
                for (const Cycle &known : repository.cycles().all())
                    names.append(known.name);
                return failure(
                    err, QCoreApplication::translate("ExportSubcommand", "%1 has no cycle named '%2'. Its cycles: %3.")
                             .arg(files.first(), parser.value(cycleOption),
                                  names.isEmpty() ? QCoreApplication::translate("ExportSubcommand", "none")
                                                  : names.join(QStringLiteral(", "))));
            }
            cycleId = cycle->id;
        }
        DataExchange::exportToFile(repository, *format, cycleId, outPath);
        out << QCoreApplication::translate("ExportSubcommand", "Exported %1 to %2\n")
                   .arg(parser.isSet(cycleOption) ? parser.value(cycleOption) : files.first(), outPath);
        return Success;
    } catch (const ExchangeError &error) {
        return failure(err, error.message());
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
