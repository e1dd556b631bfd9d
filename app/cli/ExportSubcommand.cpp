#include "cli/ExportSubcommand.h"

#include "cli/PrintableText.h"
#include "io/DataExchange.h"
#include "io/ExchangeError.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "storage/ServerAddress.h"

#include <QFileInfo>

#include <optional>

namespace {

const QString formatOption = QStringLiteral("format");
const QString cycleOption = QStringLiteral("cycle");
const QString outOption = QStringLiteral("out");

} // namespace

QString ExportSubcommand::summary() const
{
    return tr("Export a document or one cycle as CSV or JSON.");
}

void ExportSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    parser.addOption({formatOption,
                      tr("csv (one row per objective, key result and initiative, for "
                         "spreadsheets) or json (everything, lossless). Default: from "
                         "the extension of --out."),
                      QStringLiteral("FORMAT")});
    parser.addOption({cycleOption, tr("Export only the cycle named C, e.g. \"2026 Q3\"."), QStringLiteral("C")});
    parser.addOption({outOption, tr("The file to write."), QStringLiteral("PATH")});
}

int ExportSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const std::optional<QString> outPath = requiredValue(parser, outOption, QStringLiteral("PATH"), err);
    if (!outPath)
        return UsageError;
    if (refuseOutputOverDocument(*outPath, *file, err))
        return Failure;
    const QString formatName = parser.isSet(formatOption) ? parser.value(formatOption) : QFileInfo(*outPath).suffix();
    const std::optional<ExchangeFormat> format = DataExchange::formatNamed(formatName);
    if (!format)
        return usageError(err, parser.isSet(formatOption) ? tr("--format takes csv or json, not '%1'.").arg(formatName)
                                                          : tr("--format csv or --format json is required when "
                                                               "--out does not end in .csv or .json."));

    const std::unique_ptr<Document> document = openDocument(*file, Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        document->readEachPageOnce(); // its memory stays flat at any size
        Repository repository(*document);
        std::optional<Id> cycleId;
        if (parser.isSet(cycleOption)) {
            const std::optional<Cycle> cycle = cycleNamed(repository, parser.value(cycleOption), *file, err);
            if (!cycle)
                return Failure;
            cycleId = cycle->id;
        }
        const QStringList unreadable = DataExchange::exportToFile(repository, *format, cycleId, *outPath);
        for (const QString &loss : unreadable)
            err << loss << '\n';
        if (document->isDamaged())
            return failure(err, tr("wrote what could be read to %1; it may be incomplete.").arg(*outPath));
        out << tr("Exported %1 to %2\n")
                   .arg(PrintableText::escaped(parser.isSet(cycleOption) ? parser.value(cycleOption)
                                                                            : ServerAddress::shownLocation(*file)),
                        PrintableText::escaped(*outPath));
        return Success;
    } catch (const ExchangeError &error) {
        return failure(err, error.message());
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
