#include "cli/CycleSubcommand.h"

#include "cli/PrintableText.h"
#include "cycles/CycleError.h"
#include "cycles/CyclePlanner.h"
#include "cycles/CycleRules.h"
#include "model/EnumNames.h"
#include "storage/Repository.h"

namespace {

const QString nameOption = QStringLiteral("name");
const QString startOption = QStringLiteral("start");
const QString endOption = QStringLiteral("end");
const QString annualOption = QStringLiteral("annual");
const QString objectiveOption = QStringLiteral("objective");
const QString unfinishedOption = QStringLiteral("unfinished");

// "2027 Q1  2027-01-01 .. 2027-03-31  planning": stable words, for people and scripts alike. One arg() call: the
// name is the user's text, and a chained arg() would read its "%1" as a place for the next value.
QString describe(const Cycle &cycle)
{
    QString line = QStringLiteral("%1  %2 .. %3  %4")
                       .arg(PrintableText::escaped(cycle.name).leftJustified(10), cycle.start.toString(Qt::ISODate),
                            cycle.end.toString(Qt::ISODate), EnumNames::name(cycle.state));
    if (cycle.annual)
        line += QStringLiteral("  annual");
    return line;
}

} // namespace

CycleSubcommand::CycleSubcommand(QDate today)
    : ActionSubcommand(today)
{
}

QString CycleSubcommand::summary() const
{
    return tr("List, add, activate, close cycles; carry objectives over.");
}

void CycleSubcommand::configureOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("List, add, activate and close cycles, and carry objectives into the next cycle.\n\n"
           "  cycle FILE list                      every cycle with its dates and state\n"
           "  cycle FILE new [--name N --start D --end D | --annual YEAR]\n"
           "                                       add a cycle in planning; without options the next quarter\n"
           "  cycle FILE activate NAME             start a cycle (one active quarter at a time)\n"
           "  cycle FILE close NAME                close a cycle; it stays readable and correctable\n"
           "  cycle FILE carry-over FROM TO (--objective TITLE... | --unfinished)\n"
           "                                       copy objectives with their key results into TO"));
    parser.addOption({nameOption, tr("new: the cycle's name."), QStringLiteral("N")});
    parser.addOption({startOption, tr("new: the first day, yyyy-MM-dd."), QStringLiteral("D")});
    parser.addOption({endOption, tr("new: the last day, yyyy-MM-dd."), QStringLiteral("D")});
    parser.addOption({annualOption, tr("new: the annual cycle of YEAR."), QStringLiteral("YEAR")});
    parser.addOption(
        {objectiveOption, tr("carry-over: an objective's exact title (repeatable)."), QStringLiteral("TITLE")});
    parser.addOption({unfinishedOption, tr("carry-over: every objective below 100 %.")});
}

QList<ActionSubcommand::Action> CycleSubcommand::actions() const
{
    return {{QStringLiteral("list"), 0, false},
            {QStringLiteral("new")},
            {QStringLiteral("activate"), 1},
            {QStringLiteral("close"), 1},
            {QStringLiteral("carry-over"), 2}};
}

int CycleSubcommand::runAction(const QString &action, const QStringList &names, Repository &repository,
                               const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    try {
        CyclePlanner planner(repository, today());
        if (action == QLatin1String("list"))
            return list(repository, out);
        if (action == QLatin1String("new"))
            return add(planner, parser, out, err);
        if (action == QLatin1String("carry-over"))
            return carryOver(planner, repository, parser, names, out, err);
        const Cycle named = planner.cycleNamed(names.first());
        const Cycle changed =
            action == QLatin1String("activate") ? planner.activate(named.id) : planner.close(named.id);
        out << tr("%1 is now %2.\n").arg(PrintableText::escaped(changed.name), EnumNames::name(changed.state));
        return Success;
    } catch (const CycleError &error) {
        return failure(err, error.message());
    }
}

int CycleSubcommand::list(const Repository &repository, QTextStream &out) const
{
    const QList<Cycle> cycles = repository.cycles().all();
    if (cycles.isEmpty())
        out << tr("No cycles yet: add one with 'cycle FILE new'.\n");
    for (const Cycle &cycle : cycles)
        out << describe(cycle) << '\n';
    return Success;
}

int CycleSubcommand::add(CyclePlanner &planner, const QCommandLineParser &parser, QTextStream &out,
                         QTextStream &err) const
{
    const bool custom = parser.isSet(nameOption) || parser.isSet(startOption) || parser.isSet(endOption);
    if (custom && parser.isSet(annualOption))
        return usageError(err, tr("--annual takes no --name, --start or --end."));

    Cycle cycle;
    if (parser.isSet(annualOption)) {
        bool isNumber = false;
        const int year = parser.value(annualOption).toInt(&isNumber);
        if (!isNumber || year < 1900 || year > 9999)
            return usageError(err, tr("--annual takes a year, not '%1'.").arg(parser.value(annualOption)));
        cycle = CycleRules::annualCycle(year);
    } else if (custom) {
        if (!parser.isSet(nameOption) || !parser.isSet(startOption) || !parser.isSet(endOption))
            return usageError(err, tr("a custom cycle needs --name, --start and --end."));
        cycle.name = parser.value(nameOption);
        if (!fitsLimit(QStringLiteral("--name"), TextField::CycleName, cycle.name, err))
            return UsageError;
        cycle.start = QDate::fromString(parser.value(startOption), Qt::ISODate);
        cycle.end = QDate::fromString(parser.value(endOption), Qt::ISODate);
        for (const auto &[option, date] : {std::pair{startOption, cycle.start}, std::pair{endOption, cycle.end}}) {
            if (!date.isValid())
                return usageError(err, tr("--%1 takes a date yyyy-MM-dd, not '%2'.").arg(option, parser.value(option)));
        }
    } else {
        cycle = planner.proposedNextQuarter();
    }
    const Cycle added = planner.add(cycle);
    out << tr("Added %1\n").arg(describe(added));
    return Success;
}

int CycleSubcommand::carryOver(CyclePlanner &planner, const Repository &repository, const QCommandLineParser &parser,
                               const QStringList &names, QTextStream &out, QTextStream &err) const
{
    const QStringList titles = parser.values(objectiveOption);
    if (titles.isEmpty() == !parser.isSet(unfinishedOption))
        return usageError(err, tr("carry-over takes either --objective TITLE or --unfinished."));
    const Cycle from = planner.cycleNamed(names.at(0));
    const Cycle to = planner.cycleNamed(names.at(1));

    QList<Id> chosen;
    if (parser.isSet(unfinishedOption)) {
        chosen = planner.unfinishedObjectives(from.id);
    } else {
        const CyclePlan plan = repository.queries().loadCyclePlan(from.id);
        for (const QString &title : titles) {
            QList<Id> matches;
            for (const Objective &objective : plan.objectives) {
                if (objective.title.compare(title.trimmed(), Qt::CaseInsensitive) == 0)
                    matches.append(objective.id);
            }
            if (matches.size() != 1)
                return failure(err, (matches.isEmpty() ? tr("%1 has no objective titled “%2”.")
                                                       : tr("%1 has several objectives titled “%2”."))
                                        .arg(from.name, title));
            chosen.append(matches.first());
        }
    }
    const QList<Id> copies = planner.carryOver(from.id, to.id, chosen);
    out << tr("Carried %n objective(s) from %1 into %2.\n", nullptr, static_cast<int>(copies.size()))
               .arg(PrintableText::escaped(from.name), PrintableText::escaped(to.name));
    return Success;
}
