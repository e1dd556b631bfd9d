#include "cli/ImportSubcommand.h"

#include "cli/PrintableText.h"
#include "io/DataExchange.h"
#include "io/ExchangeError.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QFile>
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
    const bool created = !QFileInfo::exists(path);
    std::unique_ptr<Document> document = created ? createDocument(path, err) : openDocument(path, err);
    if (!document)
        return Failure;
    QString problem;
    try {
        Repository repository(*document);
        const ImportSummary summary = DataExchange::importFile(repository, *fromPath);
        out << tr("Imported %1 objectives, %2 key results, %3 initiatives, %4 check-ins, "
                  "%5 KPIs and %6 team reviews into %7 (%8 new teams, %9 new cycles).\n")
                   .arg(QString::number(summary.objectives), QString::number(summary.keyResults),
                        QString::number(summary.initiatives), QString::number(summary.checkIns),
                        QString::number(summary.kpis), QString::number(summary.teamReviews),
                        PrintableText::escaped(path), QString::number(summary.teamsCreated),
                        QString::number(summary.cyclesCreated));
        return Success;
    } catch (const ExchangeError &error) {
        problem = error.message();
    } catch (const DocumentError &error) {
        problem = error.message();
    }
    if (created) {
        document.reset(); // closed before it goes: an import that failed leaves no empty document behind
        QFile::remove(path);
    }
    return failure(err, problem);
}
