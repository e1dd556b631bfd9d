#include "cli/ReportSubcommand.h"

#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>

namespace {

const QString cycleOption = QStringLiteral("cycle");
const QString teamOption = QStringLiteral("team");
const QString outOption = QStringLiteral("out");

QString listOrNone(const QStringList &names)
{
    return names.isEmpty() ? QCoreApplication::translate("ReportSubcommand", "none") : names.join(QStringLiteral(", "));
}

} // namespace

QString ReportSubcommand::summary() const
{
    return QCoreApplication::translate("ReportSubcommand", "Write a cycle's quarter report as a PDF.");
}

void ReportSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("ReportSubcommand", "The document."));
    parser.addOption({cycleOption,
                      QCoreApplication::translate("ReportSubcommand",
                                                  "The cycle named C, e.g. \"2026 Q3\". Default: the active quarter."),
                      QStringLiteral("C")});
    parser.addOption({teamOption,
                      QCoreApplication::translate("ReportSubcommand", "Only the team NAME and the teams under it."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {outOption, QCoreApplication::translate("ReportSubcommand", "The PDF file to write."), QStringLiteral("PATH")});
}

int ReportSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, QCoreApplication::translate("ReportSubcommand", "expected exactly one FILE."));
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usageError(err, QCoreApplication::translate("ReportSubcommand", "--out PATH is required."));

    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failure(err,
                       QCoreApplication::translate("ReportSubcommand", "drawing a report needs a QGuiApplication."));

    const std::unique_ptr<Document> document = openDocument(files.first(), err);
    if (!document)
        return Failure;
    try {
        const Repository repository(*document);
        std::optional<Cycle> cycle = parser.isSet(cycleOption) ? repository.cycles().byName(parser.value(cycleOption))
                                                               : repository.cycles().active();
        if (!cycle) {
            QStringList names;
            for (const Cycle &known : repository.cycles().all())
                names.append(known.name);
            return failure(err, parser.isSet(cycleOption)
                                    ? QCoreApplication::translate("ReportSubcommand",
                                                                  "%1 has no cycle named '%2'. Its cycles: %3.")
                                          .arg(files.first(), parser.value(cycleOption), listOrNone(names))
                                    : QCoreApplication::translate("ReportSubcommand",
                                                                  "%1 has no active quarter: choose one with --cycle. "
                                                                  "Its cycles: %2.")
                                          .arg(files.first(), listOrNone(names)));
        }
        Id teamId = NoId;
        if (parser.isSet(teamOption)) {
            const std::optional<Team> team = repository.teams().byName(parser.value(teamOption));
            if (!team) {
                QStringList names;
                for (const Team &known : repository.teams().all())
                    names.append(known.name);
                return failure(
                    err, QCoreApplication::translate("ReportSubcommand", "%1 has no team named '%2'. Its teams: %3.")
                             .arg(files.first(), parser.value(teamOption), listOrNone(names)));
            }
            teamId = team->id;
        }

        const QuarterReport report = ReportBuilder(repository).build(cycle->id, teamId, QDateTime::currentDateTime());
        PdfReportWriter writer(report);
        if (writer.write(outPath) != PdfReportWriter::Result::Written)
            return failure(err, writer.errorString());
        out << QCoreApplication::translate("ReportSubcommand", "Wrote the %1 report to %2\n").arg(cycle->name, outPath);
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
