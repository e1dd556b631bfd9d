#include "cli/ReportSubcommand.h"

#include "cli/PdfDrawing.h"
#include "cli/PrintableText.h"
#include "report/ReportBuilder.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace {

const QString cycleOption = QStringLiteral("cycle");
const QString teamOption = QStringLiteral("team");
const QString outOption = QStringLiteral("out");

} // namespace

QString ReportSubcommand::summary() const
{
    return tr("Write a cycle's quarter report as a PDF.");
}

void ReportSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    addCycleAndTeamOptions(parser, cycleOption, teamOption);
    parser.addOption({outOption, tr("The PDF file to write."), QStringLiteral("PATH")});
}

int ReportSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const std::optional<QString> outPath = requiredValue(parser, outOption, QStringLiteral("PATH"), err);
    if (!outPath)
        return UsageError;
    if (refuseOutputOverDocument(*outPath, *file, err))
        return Failure;

    if (!m_drawing)
        return cannotDraw(err);

    const std::unique_ptr<Document> document = openDocument(*file, Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        // The summary reads the cycle once, each section its team's rows again: from the files' pages the system
        // keeps, not from a page cache that grows with the document.
        document->readEachPageOnce();
        const Repository repository(*document);
        const std::optional<Cycle> cycle = chosenCycle(repository, parser, cycleOption, *file, err);
        if (!cycle)
            return Failure;
        const std::optional<Id> teamScope = chosenTeamScope(repository, parser, teamOption, err);
        if (!teamScope)
            return Failure;
        const Id teamId = *teamScope;

        const ReportBuilder content(repository, cycle->id, teamId, QDateTime::currentDateTime(),
                                    preferredPaceThresholds());
        if (const QString problem = m_drawing->writeReport(content, *outPath); !problem.isEmpty())
            return failure(err, problem);
        if (document->isDamaged())
            return failure(err, tr("wrote what could be read to %1; it may be incomplete.").arg(*outPath));
        out << tr("Wrote the %1 report to %2\n")
                   .arg(PrintableText::escaped(cycle->name), PrintableText::escaped(*outPath));
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
