#include "cli/GenerateSubcommand.h"

#include "cli/PrintableText.h"
#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace {

const QString teamsOption = QStringLiteral("teams");
const QString cyclesOption = QStringLiteral("cycles");
const QString seedOption = QStringLiteral("seed");

// A whole number in [lowest, highest], or nothing.
std::optional<qint64> wholeNumber(const QString &text, qint64 lowest, qint64 highest)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

} // namespace

QString GenerateSubcommand::summary() const
{
    return tr("Write a large generated organisation into a new document.");
}

void GenerateSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The new document."));
    parser.addOption({teamsOption, tr("Number of teams (1-100000)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({cyclesOption, tr("Number of quarters, the last one active (1-40)."), QStringLiteral("M"),
                      QStringLiteral("4")});
    parser.addOption(
        {seedOption, tr("Seed: the same seed writes the same data."), QStringLiteral("S"), QStringLiteral("1")});
}

int GenerateSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const auto teams = wholeNumber(parser.value(teamsOption), 1, 100000);
    if (!teams)
        return usageError(
            err, tr("--teams takes a whole number from 1 to 100000, not '%1'.").arg(parser.value(teamsOption)));
    const auto cycles = wholeNumber(parser.value(cyclesOption), 1, 40);
    if (!cycles)
        return usageError(err,
                          tr("--cycles takes a whole number from 1 to 40, not '%1'.").arg(parser.value(cyclesOption)));
    const auto seed = wholeNumber(parser.value(seedOption), 0, 4294967295LL);
    if (!seed)
        return usageError(
            err, tr("--seed takes a whole number from 0 to 4294967295, not '%1'.").arg(parser.value(seedOption)));

    QElapsedTimer timer;
    timer.start();
    const GeneratorSettings settings{static_cast<int>(*teams), static_cast<int>(*cycles), static_cast<quint32>(*seed),
                                     QDate::currentDate()};
    GeneratorSummary summary;
    const auto generate = [&](Repository &repository) {
        summary = OrganisationGenerator::write(repository, settings, [&](int done, int total) {
            err << tr("Cycle %1 of %2 written\n").arg(done).arg(total);
            err.flush();
        });
    };
    if (!createDocument(*file, generate, err))
        return Failure;
    out << tr("Wrote %1 teams, %2 cycles, %3 objectives, %4 key results, "
              "%5 initiatives and %6 check-ins to %7 in %8 s.\n")
               .arg(QString::number(summary.teams), QString::number(summary.cycles),
                    QString::number(summary.objectives), QString::number(summary.keyResults),
                    QString::number(summary.initiatives), QString::number(summary.checkIns),
                    PrintableText::escaped(*file),
                    QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1));
    return Success;
}
