#include "cli/ImportSubcommand.h"

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

const QString fromOption = QStringLiteral("from");

} // namespace

QString ImportSubcommand::summary() const
{
    return tr("Import a CSV or JSON file into a document.");
}

void ImportSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document; created when missing."));
    parser.addOption({fromOption,
                      tr("The CSV or JSON file to import (format from the extension, "
                         "or from the content)."),
                      QStringLiteral("PATH")});
}

int ImportSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const std::optional<QString> fromPath = requiredValue(parser, fromOption, QStringLiteral("PATH"), err);
    if (!fromPath)
        return UsageError;
    if (!QFileInfo(*fromPath).isFile())
        return failure(err, tr("%1 does not exist.").arg(*fromPath));

    const QString &path = *file;
    ImportSummary summary;
    const auto importInto = [&](Repository &repository) { summary = DataExchange::importFile(repository, *fromPath); };
    try {
        // Into a new document: it appears only once the whole file is imported.
        if (!ServerAddress::isServerAddress(path) && !QFileInfo::exists(path)) {
            if (!createDocument(path, importInto, err))
                return Failure;
        } else {
            const std::unique_ptr<Document> document = openDocument(path, Document::OpenMode::ReadWrite, err);
            if (!document)
                return Failure;
            Repository repository(*document);
            importInto(repository);
        }
        out << tr("Imported %1 objectives, %2 key results, %3 initiatives, %4 check-ins, "
                  "%5 KPIs and %6 team reviews into %7 (%8 new teams, %9 new cycles).\n")
                   .arg(QString::number(summary.objectives), QString::number(summary.keyResults),
                        QString::number(summary.initiatives), QString::number(summary.checkIns),
                        QString::number(summary.kpis), QString::number(summary.teamReviews),
                        PrintableText::escaped(ServerAddress::shownLocation(path)), QString::number(summary.teamsCreated),
                        QString::number(summary.cyclesCreated));
        return Success;
    } catch (const ExchangeError &error) {
        return failure(err, error.message());
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
