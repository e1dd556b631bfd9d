#include "cli/KpiSubcommand.h"

#include "cli/PrintableText.h"
#include "kpi/KpiHealth.h"
#include "kpi/KpiRules.h"
#include "storage/Repository.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"

#include <QHash>

namespace {

const QString teamOptionName = QStringLiteral("team");
const QString unitOption = QStringLiteral("unit");
const QString targetOption = QStringLiteral("target");
const QString lowerOption = QStringLiteral("lower-is-better");
const QString dateOption = QStringLiteral("date");

QString measure(const Kpi &kpi, double value)
{
    return PrintableText::escaped(ValueFormat().measure(value, kpi.unitLabel));
}

QString standingName(KpiHealth::Standing standing)
{
    switch (standing) {
    case KpiHealth::Standing::NoValues:
        return QStringLiteral("no-values");
    case KpiHealth::Standing::OnTarget:
        return QStringLiteral("on-target");
    case KpiHealth::Standing::Behind:
        return QStringLiteral("behind");
    }
    return {};
}

} // namespace

KpiSubcommand::KpiSubcommand(QDate today)
    : ActionSubcommand(today)
{
}

QString KpiSubcommand::summary() const
{
    return tr("List KPIs (health metrics), add one, record a value.");
}

void KpiSubcommand::configureOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("List the KPIs (health metrics), add one, and record a measured value.\n\n"
           "  kpi FILE list                        every KPI: team, latest value, target, standing\n"
           "  kpi FILE add NAME --target N [--team T] [--unit U] [--lower-is-better]\n"
           "                                       a new KPI; without --team it is company-wide\n"
           "  kpi FILE record NAME VALUE [--date D] [--team T]\n"
           "                                       the value measured on D (default today); a value of\n"
           "                                       the same day is replaced"));
    parser.addOption({teamOptionName, tr("The KPI's team.") + u' ' + teamMatchingHelp(), QStringLiteral("T")});
    parser.addOption({unitOption, tr("add: the unit, e.g. %, $, ms."), QStringLiteral("U")});
    parser.addOption({targetOption, tr("add: the target, a number."), QStringLiteral("N")});
    parser.addOption({lowerOption, tr("add: lower values are better (the target is a maximum).")});
    parser.addOption({dateOption, tr("record: the day measured, yyyy-MM-dd."), QStringLiteral("D")});
}

QList<ActionSubcommand::Action> KpiSubcommand::actions() const
{
    return {{QStringLiteral("list"), 0, false}, {QStringLiteral("add"), 1}, {QStringLiteral("record"), 2}};
}

int KpiSubcommand::runAction(const QString &action, const QStringList &operands, Repository &repository,
                             const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (action == QLatin1String("list"))
        return list(repository, out);
    if (action == QLatin1String("add"))
        return add(repository, parser, operands.at(0), out, err);
    return record(repository, parser, operands, out, err);
}

int KpiSubcommand::list(const Repository &repository, QTextStream &out) const
{
    QHash<Id, QString> teamNames;
    for (const Team &team : repository.teams().all())
        teamNames.insert(team.id, team.name);
    const QList<Kpi> kpis = repository.kpis().all();
    if (kpis.isEmpty())
        out << tr("No KPIs yet: add one with 'kpi FILE add'.\n");
    // "Monthly churn  Customer Success  2.04 %  target <= 2 %  behind": stable words, for people and scripts.
    for (const Kpi &kpi : kpis) {
        const std::optional<double> latest = KpiHealth::latestValue(kpi);
        out << QStringLiteral("%1  %2  %3  target %4 %5  %6\n")
                   .arg(PrintableText::escaped(kpi.name),
                        kpi.teamId == NoId ? tr("(company-wide)") : PrintableText::escaped(teamNames.value(kpi.teamId)),
                        latest ? measure(kpi, *latest) : QStringLiteral("-"),
                        kpi.trend == PreferredTrend::HigherIsBetter ? QStringLiteral(">=") : QStringLiteral("<="),
                        measure(kpi, kpi.target), standingName(KpiHealth::standing(kpi)));
    }
    return Success;
}

std::optional<Id> KpiSubcommand::teamOption(const Repository &repository, const QCommandLineParser &parser,
                                            QTextStream &err) const
{
    if (!parser.isSet(teamOptionName))
        return NoId;
    const std::optional<Team> team = teamNamed(repository, parser.value(teamOptionName), err);
    if (!team)
        return std::nullopt;
    return team->id;
}

int KpiSubcommand::add(Repository &repository, const QCommandLineParser &parser, const QString &name, QTextStream &out,
                       QTextStream &err) const
{
    const std::optional<Id> teamId = teamOption(repository, parser, err);
    if (!teamId)
        return Failure;
    Kpi kpi;
    kpi.teamId = *teamId;
    if (!parser.isSet(targetOption))
        return usageError(err, tr("add needs --target N."));
    const ValueParser::Reading target = ValueParser().read(parser.value(targetOption), parser.value(unitOption));
    if (!target.value)
        return failure(err, tr("the target: %1").arg(target.problem));
    kpi.name = name.simplified();
    kpi.unitLabel = parser.value(unitOption).trimmed();
    if (!fitsLimit(QStringLiteral("NAME"), TextField::KpiName, kpi.name, err) ||
        !fitsLimit(QStringLiteral("--unit"), TextField::UnitLabel, kpi.unitLabel, err))
        return UsageError;
    kpi.target = *target.value;
    kpi.trend = parser.isSet(lowerOption) ? PreferredTrend::LowerIsBetter : PreferredTrend::HigherIsBetter;
    if (const QString problem = KpiRules::problemWithKpi(kpi, repository.kpis().all()); !problem.isEmpty())
        return failure(err, problem);
    repository.kpis().add(kpi);
    out << tr("Added KPI %1.\n").arg(PrintableText::escaped(kpi.name));
    return Success;
}

int KpiSubcommand::record(Repository &repository, const QCommandLineParser &parser, const QStringList &operands,
                          QTextStream &out, QTextStream &err) const
{
    const std::optional<Id> teamId = teamOption(repository, parser, err);
    if (!teamId)
        return Failure;
    const QString name = operands.at(0).simplified();
    QList<Kpi> named;
    for (const Kpi &kpi : repository.kpis().all()) {
        if (kpi.name.compare(name, Qt::CaseInsensitive) == 0 &&
            (!parser.isSet(teamOptionName) || kpi.teamId == *teamId))
            named.append(kpi);
    }
    if (named.size() != 1)
        return failure(err, named.isEmpty() ? tr("there is no KPI named “%1”.").arg(name)
                                            : tr("several teams have a KPI named “%1”: add --team.").arg(name));
    const ValueParser::Reading value = ValueParser().read(operands.at(1), named.first().unitLabel);
    if (!value.value)
        return failure(err, tr("the value: %1").arg(value.problem));
    const QDate date = parser.isSet(dateOption) ? QDate::fromString(parser.value(dateOption), Qt::ISODate) : today();
    if (const QString problem = KpiRules::problemWithValueDate(date, today()); !problem.isEmpty())
        return failure(err, problem);
    repository.kpis().addValue(named.first().id, {date, *value.value});
    out << tr("Recorded %1 for %2 on %3.\n")
               .arg(measure(named.first(), *value.value), PrintableText::escaped(named.first().name),
                    date.toString(Qt::ISODate));
    return Success;
}
