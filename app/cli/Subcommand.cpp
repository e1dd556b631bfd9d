#include "cli/Subcommand.h"

#include "cli/PrintableText.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"
#include "storage/Repository.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace {

// Stands for the argument at `index` in a first parse: never an option, and never equal to a real argument.
QString placeholderOf(qsizetype index)
{
    return QStringLiteral("\x01%1").arg(index);
}

// The document's cycle names, for a message that says which exist.
QString cycleNames(const Repository &repository)
{
    QStringList names;
    for (const Cycle &cycle : repository.cycles().all())
        names.append(PrintableText::escaped(cycle.name));
    return names.isEmpty() ? Subcommand::tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

int Subcommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption())) {
        out << parser.helpText().replace(QStringLiteral("[options]"), name() + QStringLiteral(" [options]"));
        return Success;
    }
    return execute(parser, out, err);
}

bool Subcommand::needsGuiApplication(const QStringList &arguments) const
{
    QCommandLineParser parser;
    return parse(parser, arguments) && !parser.isSet(helpOption()) && draws(parser);
}

QCommandLineOption Subcommand::helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")};
}

void Subcommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(summary());
    parser.addOption(helpOption());
    configure(parser);
}

bool Subcommand::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    declare(parser);
    QStringList commandArguments = arguments;
    if (commandArguments.size() > 1)
        commandArguments.removeAt(1); // the command's own name
    return parser.parse(withNegativeNumbersAsPositional(commandArguments));
}

QStringList Subcommand::withNegativeNumbersAsPositional(const QStringList &arguments) const
{
    // No option is named by a digit, so "-5" is either the value of the option before it, which the parser takes
    // as it is, or a positional argument. A first parse, with each argument that is not an option replaced by a
    // placeholder of its index, tells which arguments are positional; those then go behind "--", in order.
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\.?\\d"));
    const auto isNegativeNumber = [](const QString &argument) { return negativeNumber.match(argument).hasMatch(); };
    if (std::none_of(arguments.cbegin(), arguments.cend(), isNegativeNumber))
        return arguments;

    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    QStringList masked = arguments;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool afterSeparator = separator >= 0 && i > separator;
        if (afterSeparator || (i != separator && (!argument.startsWith(u'-') || isNegativeNumber(argument))))
            masked[i] = placeholderOf(i);
    }
    QCommandLineParser probe;
    declare(probe);
    if (!probe.parse(masked))
        return arguments; // the real parse reports the problem
    QSet<QString> positional;
    for (const QString &placeholder : probe.positionalArguments())
        positional.insert(placeholder);

    QStringList options{arguments.first()};
    QStringList positionals;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (positional.contains(placeholderOf(i)))
            positionals.append(arguments.at(i));
        else if (i != separator)
            options.append(arguments.at(i));
    }
    return options + QStringList{QStringLiteral("--")} + positionals;
}

int Subcommand::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("quarterdeck %1: %2\n").arg(name(), PrintableText::escapedLines(message))
        << tr("Try 'quarterdeck %1 --help'.").arg(name()) << '\n';
    return UsageError;
}

std::optional<QString> Subcommand::singleFile(const QCommandLineParser &parser, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() == 1)
        return files.first();
    usageError(err, tr("expected exactly one FILE."));
    return std::nullopt;
}

std::optional<QString> Subcommand::requiredValue(const QCommandLineParser &parser, const QString &option,
                                                 const QString &valueName, QTextStream &err) const
{
    const QString value = parser.value(option);
    if (!value.isEmpty())
        return value;
    usageError(err, tr("--%1 %2 is required.").arg(option, valueName));
    return std::nullopt;
}

int Subcommand::failure(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("quarterdeck %1: %2\n").arg(name(), PrintableText::escapedLines(message));
    return Failure;
}

int Subcommand::cannotDraw(QTextStream &err) const
{
    return failure(err, tr("this program cannot draw PDFs; run quarterdeck itself."));
}

bool Subcommand::refuseOutputOverDocument(const QString &outputPath, const QString &documentPath,
                                          QTextStream &err) const
{
    const QString refusal = DocumentFiles(documentPath).refusalToWrite(outputPath);
    if (refusal.isEmpty())
        return false;
    failure(err, refusal);
    return true;
}

QString Subcommand::teamMatchingHelp()
{
    return tr("Letter case and spaces around the name do not matter.");
}

std::optional<Team> Subcommand::teamNamed(const Repository &repository, const QString &name, QTextStream &err) const
{
    const QString wanted = name.trimmed();
    const QList<Team> teams = repository.teams().all();
    QList<Team> matches;
    QStringList names;
    for (const Team &team : teams) {
        names.append(team.name);
        if (team.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(team);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        failure(err, tr("there is no team named '%1'. The teams: %2.")
                         .arg(wanted, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    else
        failure(err, tr("%n teams are named '%1'; rename one in the window to tell them apart.", nullptr,
                        static_cast<int>(matches.size()))
                         .arg(wanted));
    return std::nullopt;
}

std::optional<Id> Subcommand::chosenTeamScope(const Repository &repository, const QCommandLineParser &parser,
                                              const QString &teamOption, QTextStream &err) const
{
    if (!parser.isSet(teamOption))
        return NoId;
    const std::optional<Team> team = teamNamed(repository, parser.value(teamOption), err);
    return team ? std::optional(team->id) : std::nullopt;
}

void Subcommand::addCycleAndTeamOptions(QCommandLineParser &parser, const QString &cycleOption,
                                        const QString &teamOption) const
{
    parser.addOption(
        {cycleOption, tr("The cycle named C, e.g. \"2026 Q3\". Default: the active quarter."), QStringLiteral("C")});
    parser.addOption({teamOption, tr("Only the team NAME and the teams under it.") + u' ' + teamMatchingHelp(),
                      QStringLiteral("NAME")});
}

std::optional<Cycle> Subcommand::cycleNamed(const Repository &repository, const QString &name,
                                            const QString &documentPath, QTextStream &err) const
{
    std::optional<Cycle> cycle = repository.cycles().byName(name);
    if (!cycle)
        failure(err,
                tr("%1 has no cycle named '%2'. Its cycles: %3.")
                    .arg(PrintableText::escaped(documentPath), PrintableText::escaped(name), cycleNames(repository)));
    return cycle;
}

std::optional<Cycle> Subcommand::chosenCycle(const Repository &repository, const QCommandLineParser &parser,
                                             const QString &cycleOption, const QString &documentPath,
                                             QTextStream &err) const
{
    if (parser.isSet(cycleOption))
        return cycleNamed(repository, parser.value(cycleOption), documentPath, err);
    std::optional<Cycle> active = repository.cycles().active();
    if (!active)
        failure(err, tr("%1 has no active quarter: choose one with --cycle. Its cycles: %2.")
                         .arg(PrintableText::escaped(documentPath), cycleNames(repository)));
    return active;
}

PaceThresholds Subcommand::preferredPaceThresholds()
{
    const QSettings settings;
    return PaceThresholds::fromStoredPercentages(settings.value(PaceThresholds::onTrackSettingsKey()),
                                                 settings.value(PaceThresholds::atRiskSettingsKey()));
}

bool Subcommand::fitsLimit(const QString &argument, TextField field, const QString &value, QTextStream &err) const
{
    if (TextLimits::fits(field, value))
        return true;
    usageError(err, QStringLiteral("%1: %2").arg(argument, TextLimits::tooLong(field, value.size())));
    return false;
}

std::unique_ptr<Document> Subcommand::createDocument(const QString &path, const std::function<void(Repository &)> &fill,
                                                     QTextStream &err) const
{
    if (QFileInfo::exists(path)) {
        failure(err, tr("%1 already exists; choose a new file name.").arg(path));
        return nullptr;
    }
    try {
        return Document::create(path, [&fill](Document &document) {
            Repository repository(document);
            fill(repository);
        });
    } catch (const DocumentError &error) {
        failure(err, error.message());
        return nullptr;
    }
}

std::unique_ptr<Document> Subcommand::openDocument(const QString &path, Document::OpenMode mode, QTextStream &err) const
{
    try {
        std::unique_ptr<Document> document = Document::openLocation(path, mode);
        if (const QString backup = document->upgradeBackupPath(); !backup.isEmpty())
            err << PrintableText::escapedLines(tr("quarterdeck %1: upgraded %2 to this version of Quarterdeck; the "
                                                  "previous version is kept in %3\n")
                                                   .arg(name(), path, backup));
        if (document->isDamaged())
            err << QStringLiteral("quarterdeck %1: %2\n")
                       .arg(name(), PrintableText::escapedLines(document->readOnlyReason()));
        return document;
    } catch (const DocumentError &error) {
        failure(err, error.message());
        return nullptr;
    }
}
