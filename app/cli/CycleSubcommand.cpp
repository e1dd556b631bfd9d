#include "cli/CycleSubcommand.h"

#include "cycles/CycleError.h"
#include "cycles/CyclePlanner.h"
#include "cycles/CycleRules.h"
#include "model/EnumNames.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>

namespace {

const QString nameOption = QStringLiteral("name");
const QString startOption = QStringLiteral("start");
const QString endOption = QStringLiteral("end");
const QString annualOption = QStringLiteral("annual");
const QString objectiveOption = QStringLiteral("objective");
const QString unfinishedOption = QStringLiteral("unfinished");

// "2027 Q1  2027-01-01 .. 2027-03-31  planning": stable words, for people and scripts alike.
QString describe(const Cycle &cycle)
{
    QString line =
        QStringLiteral("%1  %2 .. %3  %4")
            .arg(cycle.name, -10)
            .arg(cycle.start.toString(Qt::ISODate), cycle.end.toString(Qt::ISODate), EnumNames::name(cycle.state));
    if (cycle.annual)
        line += QStringLiteral("  annual");
    return line;
}

} // namespace

CycleSubcommand::CycleSubcommand(QDate today)
    : m_today(today)
{
}

QString CycleSubcommand::summary() const
{
    return QCoreApplication::translate("CycleSubcommand", "List, add, activate, close cycles; carry objectives over.");
}

void CycleSubcommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CycleSubcommand",
        "List, add, activate and close cycles, and carry objectives into the next cycle.\n\n"
        "  cycle FILE list                      every cycle with its dates and state\n"
        "  cycle FILE new [--name N --start D --end D | --annual YEAR]\n"
        "                                       add a cycle in planning; without options the next quarter\n"
        "  cycle FILE activate NAME             start a cycle (one active quarter at a time)\n"
        "  cycle FILE close NAME                close a cycle; it stays readable and correctable\n"
        "  cycle FILE carry-over FROM TO (--objective TITLE... | --unfinished)\n"
        "                                       copy objectives with their key results into TO"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("CycleSubcommand", "The document."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("CycleSubcommand", "list, new, activate, close or carry-over."));
    parser.addOption(
        {nameOption, QCoreApplication::translate("CycleSubcommand", "new: the cycle's name."), QStringLiteral("N")});
    parser.addOption({startOption, QCoreApplication::translate("CycleSubcommand", "new: the first day, yyyy-MM-dd."),
                      QStringLiteral("D")});
    parser.addOption({endOption, QCoreApplication::translate("CycleSubcommand", "new: the last day, yyyy-MM-dd."),
                      QStringLiteral("D")});
    parser.addOption({annualOption, QCoreApplication::translate("CycleSubcommand", "new: the annual cycle of YEAR."),
                      QStringLiteral("YEAR")});
    parser.addOption(
        {objectiveOption,
         QCoreApplication::translate("CycleSubcommand", "carry-over: an objective's exact title (repeatable)."),
         QStringLiteral("TITLE")});
    parser.addOption(
        {unfinishedOption, QCoreApplication::translate("CycleSubcommand", "carry-over: every objective below 100 %.")});
}

int CycleSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2)
        return usageError(err, QCoreApplication::translate("CycleSubcommand", "expected FILE and an ACTION."));
    const QString &file = arguments.at(0);
    const QString &action = arguments.at(1);
    const QStringList names = arguments.mid(2);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("new"), QStringLiteral("activate"),
                              QStringLiteral("close"), QStringLiteral("carry-over")};
    if (!actions.contains(action))
        return usageError(err, QCoreApplication::translate("CycleSubcommand", "unknown action '%1'; expected %2.")
                                   .arg(action, actions.join(QStringLiteral(", "))));
    const qsizetype expectedNames = action == QLatin1String("carry-over")                                     ? 2
                                    : action == QLatin1String("activate") || action == QLatin1String("close") ? 1
                                                                                                              : 0;
    if (names.size() != expectedNames)
        return usageError(err, QCoreApplication::translate("CycleSubcommand", "'%1' takes %2 cycle name(s), not %3.")
                                   .arg(action)
                                   .arg(expectedNames)
                                   .arg(names.size()));

    const std::unique_ptr<Document> document = openDocument(file, err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        CyclePlanner planner(repository, m_today);
        if (action == QLatin1String("list"))
            return list(repository, out);
        if (action == QLatin1String("new"))
            return add(planner, parser, out, err);
        if (action == QLatin1String("carry-over"))
            return carryOver(planner, repository, parser, names, out, err);
        const Cycle named = planner.cycleNamed(names.first());
        const Cycle changed =
            action == QLatin1String("activate") ? planner.activate(named.id) : planner.close(named.id);
        out << QCoreApplication::translate("CycleSubcommand", "%1 is now %2.\n")
                   .arg(changed.name, EnumNames::name(changed.state));
        return Success;
    } catch (const CycleError &error) {
        return failure(err, error.message());
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}

int CycleSubcommand::list(const Repository &repository, QTextStream &out) const
{
    const QList<Cycle> cycles = repository.cycles().all();
    if (cycles.isEmpty())
        out << QCoreApplication::translate("CycleSubcommand", "No cycles yet: add one with 'cycle FILE new'.\n");
    for (const Cycle &cycle : cycles)
        out << describe(cycle) << '\n';
    return Success;
}

int CycleSubcommand::add(CyclePlanner &planner, const QCommandLineParser &parser, QTextStream &out,
                         QTextStream &err) const
{
    const bool custom = parser.isSet(nameOption) || parser.isSet(startOption) || parser.isSet(endOption);
    if (custom && parser.isSet(annualOption))
        return usageError(
            err, QCoreApplication::translate("CycleSubcommand", "--annual takes no --name, --start or --end."));

    Cycle cycle;
    if (parser.isSet(annualOption)) {
        bool isNumber = false;
        const int year = parser.value(annualOption).toInt(&isNumber);
        if (!isNumber || year < 1900 || year > 9999)
            return usageError(err, QCoreApplication::translate("CycleSubcommand", "--annual takes a year, not '%1'.")
                                       .arg(parser.value(annualOption)));
        cycle = CycleRules::annualCycle(year);
    } else if (custom) {
        if (!parser.isSet(nameOption) || !parser.isSet(startOption) || !parser.isSet(endOption))
            return usageError(
                err, QCoreApplication::translate("CycleSubcommand", "a custom cycle needs --name, --start and --end."));
        cycle.name = parser.value(nameOption);
        cycle.start = QDate::fromString(parser.value(startOption), Qt::ISODate);
        cycle.end = QDate::fromString(parser.value(endOption), Qt::ISODate);
        for (const auto &[option, date] : {std::pair{startOption, cycle.start}, std::pair{endOption, cycle.end}}) {
            if (!date.isValid())
                return usageError(
                    err, QCoreApplication::translate("CycleSubcommand", "--%1 takes a date yyyy-MM-dd, not '%2'.")
                             .arg(option, parser.value(option)));
        }
    } else {
        cycle = planner.proposedNextQuarter();
    }
    const Cycle added = planner.add(cycle);
    out << QCoreApplication::translate("CycleSubcommand", "Added %1\n").arg(describe(added));
    return Success;
}

int CycleSubcommand::carryOver(CyclePlanner &planner, const Repository &repository, const QCommandLineParser &parser,
                               const QStringList &names, QTextStream &out, QTextStream &err) const
{
    const QStringList titles = parser.values(objectiveOption);
    if (titles.isEmpty() == !parser.isSet(unfinishedOption))
        return usageError(err, QCoreApplication::translate(
                                   "CycleSubcommand", "carry-over takes either --objective TITLE or --unfinished."));
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
                return failure(
                    err,
                    (matches.isEmpty()
                         ? QCoreApplication::translate("CycleSubcommand", "%1 has no objective titled “%2”.")
                         : QCoreApplication::translate("CycleSubcommand", "%1 has several objectives titled “%2”."))
                        .arg(from.name, title));
            chosen.append(matches.first());
        }
    }
    const QList<Id> copies = planner.carryOver(from.id, to.id, chosen);
    out << QCoreApplication::translate("CycleSubcommand", "Carried %n objective(s) from %1 into %2.\n", nullptr,
                                       static_cast<int>(copies.size()))
               .arg(from.name, to.name);
    return Success;
}
