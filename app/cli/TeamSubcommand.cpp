#include "cli/TeamSubcommand.h"

#include "cli/PrintableText.h"
#include "model/Organisation.h"
#include "storage/Repository.h"
#include "teams/TeamError.h"
#include "teams/TeamService.h"

namespace {

const QString parentOption = QStringLiteral("parent");
const QString forceOption = QStringLiteral("force");

} // namespace

TeamSubcommand::TeamSubcommand()
    : ActionSubcommand(QDate::currentDate())
{
}

QString TeamSubcommand::summary() const
{
    return tr("List, add, rename, move and remove teams.");
}

void TeamSubcommand::configureOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("List, add, rename, move and remove the organisation's teams.\n\n"
           "  team FILE list                       every team, indented below the team it belongs to\n"
           "  team FILE add NAME [--parent P]      a new team below P (without --parent: below the company;\n"
           "                                       in a document without teams it becomes the company)\n"
           "  team FILE rename OLD NEW             rename a team\n"
           "  team FILE move NAME --parent P       move a team, with the teams below it, under P\n"
           "  team FILE remove NAME [--force]      remove a team; one with teams below it, objectives,\n"
           "                                       check-ins or KPIs is refused with what it would take\n"
           "                                       along, and --force removes it with all of that\n\n"
           "Team names are unique in a document; a team cannot move under itself or a team below it, and\n"
           "the company (the only top team) cannot be moved or removed. Refusals change nothing and exit\n"
           "with 1. ") +
        teamMatchingHelp());
    parser.addOption({parentOption, tr("add, move: the team above."), QStringLiteral("P")});
    parser.addOption({forceOption, tr("remove: also remove what the team holds.")});
}

QList<ActionSubcommand::Action> TeamSubcommand::actions() const
{
    return {{QStringLiteral("list"), 0, false},
            {QStringLiteral("add"), 1},
            {QStringLiteral("rename"), 2},
            {QStringLiteral("move"), 1},
            {QStringLiteral("remove"), 1}};
}

int TeamSubcommand::runAction(const QString &action, const QStringList &operands, Repository &repository,
                              const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    try {
        TeamService service(repository);
        if (action == QLatin1String("list"))
            return list(repository, out);
        if (action == QLatin1String("add"))
            return add(service, repository, operands.first(), parser, out, err);
        if (action == QLatin1String("rename"))
            return rename(service, repository, operands, out, err);
        if (action == QLatin1String("move"))
            return move(service, repository, operands.first(), parser, out, err);
        return remove(service, repository, operands.first(), parser, out, err);
    } catch (const TeamError &error) {
        return failure(err, error.message());
    }
}

int TeamSubcommand::list(const Repository &repository, QTextStream &out) const
{
    const QList<Team> teams = repository.teams().all();
    if (teams.isEmpty())
        out << tr("No teams yet: add one with 'team FILE add NAME'.\n");
    const Organisation organisation(teams);
    for (const Team &team : teams)
        out << QString(2 * organisation.depth(team.id), u' ') << PrintableText::escaped(team.name) << '\n';
    return Success;
}

int TeamSubcommand::add(TeamService &service, const Repository &repository, const QString &name,
                        const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    if (!fitsLimit(QStringLiteral("NAME"), TextField::TeamName, name.trimmed(), err))
        return UsageError;
    Id parentId = NoId;
    if (parser.isSet(parentOption)) {
        const std::optional<Team> parent = teamNamed(repository, parser.value(parentOption), err);
        if (!parent)
            return Failure;
        parentId = parent->id;
    }
    const Team added = service.add(name, parentId);
    out << tr("Added the team %1.\n").arg(PrintableText::escaped(added.name));
    return Success;
}

int TeamSubcommand::rename(TeamService &service, const Repository &repository, const QStringList &names,
                           QTextStream &out, QTextStream &err) const
{
    if (!fitsLimit(QStringLiteral("NEW"), TextField::TeamName, names.at(1).trimmed(), err))
        return UsageError;
    const std::optional<Team> team = teamNamed(repository, names.at(0), err);
    if (!team)
        return Failure;
    const Team renamed = service.rename(team->id, names.at(1));
    out << tr("Renamed %1 to %2.\n").arg(PrintableText::escaped(team->name), PrintableText::escaped(renamed.name));
    return Success;
}

int TeamSubcommand::move(TeamService &service, const Repository &repository, const QString &name,
                         const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const std::optional<QString> parentName = requiredValue(parser, parentOption, QStringLiteral("P"), err);
    if (!parentName)
        return UsageError;
    const std::optional<Team> team = teamNamed(repository, name, err);
    const std::optional<Team> parent = team ? teamNamed(repository, *parentName, err) : std::nullopt;
    if (!parent)
        return Failure;
    service.move(team->id, parent->id);
    out << tr("Moved %1 under %2.\n").arg(PrintableText::escaped(team->name), PrintableText::escaped(parent->name));
    return Success;
}

int TeamSubcommand::remove(TeamService &service, const Repository &repository, const QString &name,
                           const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const std::optional<Team> team = teamNamed(repository, name, err);
    if (!team)
        return Failure;
    const TeamContent content = service.contentOf(team->id);
    if (!content.isEmpty() && !parser.isSet(forceOption))
        return failure(err, tr("%1 holds %2; nothing was removed. Add --force to remove the team with all of that.")
                                .arg(team->name, content.described()));
    service.remove(team->id);
    out << (content.isEmpty()
                ? tr("Removed the team %1.\n").arg(PrintableText::escaped(team->name))
                : tr("Removed the team %1 with %2.\n").arg(PrintableText::escaped(team->name), content.described()));
    return Success;
}
