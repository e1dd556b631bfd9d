#include "cli/BoardSubcommand.h"

#include "board/BoardSummary.h"
#include "board/WeekChanges.h"
#include "cli/PdfDrawing.h"
#include "cli/PrintableText.h"
#include "model/EnumNames.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace {

const QString cycleOption = QStringLiteral("cycle");
const QString teamOption = QStringLiteral("team");
const QString sinceOption = QStringLiteral("since");
const QString formatOption = QStringLiteral("format");
const QString outOption = QStringLiteral("out");

// Everything the board prints, read once.
struct Board {
    CyclePlan plan;
    QDate referenceDate;
    BoardSummary summary;
    std::optional<WeekChanges> changes;

    QString teamName(Id teamId) const
    {
        const Team *team = plan.team(teamId);
        return team ? team->name : QString();
    }
    QString keyResultTitle(Id keyResultId) const
    {
        const KeyResult *keyResult = plan.keyResult(keyResultId);
        return keyResult ? keyResult->title : QString();
    }
    // The team whose objective holds the key result.
    Id teamOf(Id keyResultId) const
    {
        const KeyResult *keyResult = plan.keyResult(keyResultId);
        const Objective *objective = keyResult ? plan.objective(keyResult->objectiveId) : nullptr;
        return objective ? objective->teamId : NoId;
    }
};

QString printable(const QString &text)
{
    return PrintableText::escaped(text);
}

QString countsText(const ProgressBoard::StatusCounts &counts)
{
    return BoardSubcommand::tr("%1 on track, %2 at risk, %3 off track, %4 no check-in yet")
        .arg(counts.onTrack)
        .arg(counts.atRisk)
        .arg(counts.offTrack)
        .arg(counts.awaitingCheckIn);
}

// The week of the team's latest check-in; none before any.
std::optional<IsoWeek> lastCheckInWeek(const ProgressBoard::TeamCard &team)
{
    return team.lastCheckIn.isValid() ? std::optional(IsoWeek::containing(team.lastCheckIn)) : std::nullopt;
}

QString teamNames(const Board &board, const QList<Id> &teamIds)
{
    QStringList names;
    for (const Id teamId : teamIds)
        names.append(printable(board.teamName(teamId)));
    return names.isEmpty() ? BoardSubcommand::tr("none") : names.join(QStringLiteral(", "));
}

QString keyResultName(const Board &board, Id keyResultId)
{
    return BoardSubcommand::tr("%1 (%2)").arg(printable(board.keyResultTitle(keyResultId)),
                                              printable(board.teamName(board.teamOf(keyResultId))));
}

QString text(const Board &board)
{
    const ValueFormat format;
    const BoardSummary &summary = board.summary;
    QString text;
    text += BoardSubcommand::tr("Board of %1 on %2; check-ins due for %3\n")
                .arg(printable(board.plan.cycle.name), format.date(board.referenceDate),
                     summary.dueWeek ? summary.dueWeek->toString() : BoardSubcommand::tr("no week yet"));
    text += BoardSubcommand::tr("Progress: %1 done, %2 expected, %3 since last week\n")
                .arg(format.percent(summary.progress), format.percent(summary.expectedProgress),
                     format.signedPercent(summary.progressChange));
    text += BoardSubcommand::tr("Key results: %1\n").arg(countsText(summary.keyResults));
    text += BoardSubcommand::tr("Missing the due check-in: %1\n").arg(teamNames(board, summary.teamsMissingCheckIn));
    QStringList stalled;
    for (const Id keyResultId : summary.stalledKeyResults)
        stalled.append(keyResultName(board, keyResultId));
    text += BoardSubcommand::tr("Stalled: %1\n")
                .arg(stalled.isEmpty() ? BoardSubcommand::tr("none") : stalled.join(QStringLiteral(", ")));

    text += BoardSubcommand::tr("\nTeams:\n");
    for (const BoardSummary::TeamLine &team : summary.teams) {
        // A whole line each, so that a translation words the missing check-in as its language needs.
        const QString line =
            team.missingCheckIn
                ? BoardSubcommand::tr("  %1: %2 done, %3 expected, %4 since last week; %5; stated %6; %7; the due "
                                      "check-in is missing\n")
                : BoardSubcommand::tr("  %1: %2 done, %3 expected, %4 since last week; %5; stated %6; %7\n");
        text += line.arg(printable(team.name), format.percent(team.progress), format.percent(team.expectedProgress),
                         format.signedPercent(team.progressChange), countsText(team.keyResults),
                         team.statedConfidence ? DomainText::confidence(*team.statedConfidence)
                                               : BoardSubcommand::tr("nothing yet"),
                         lastCheckInWeek(team)
                             ? BoardSubcommand::tr("last check-in %1").arg(lastCheckInWeek(team)->toString())
                             : BoardSubcommand::tr("never checked in"));
    }

    if (!board.changes)
        return text;
    const WeekChanges &changes = *board.changes;
    text +=
        BoardSubcommand::tr("\nChanges after %1 up to %2:\n").arg(changes.after.toString(), changes.upTo.toString());
    for (const WeekChanges::ValueMove &move : changes.valueMoves) {
        const KeyResult &keyResult = *board.plan.keyResult(move.keyResultId);
        text += BoardSubcommand::tr("  Moved: %1 from %2 to %3, %4 progress against %5 expected\n")
                    .arg(keyResultName(board, move.keyResultId), DomainText::measure(keyResult, move.from),
                         DomainText::measure(keyResult, move.to), format.signedPercent(move.progressChange),
                         format.percent(move.expectedChange));
    }
    for (const WeekChanges::ConfidenceChange &change : changes.confidenceChanges) {
        text += BoardSubcommand::tr("  Confidence: %1 from %2 to %3 (%4)\n")
                    .arg(keyResultName(board, change.keyResultId), DomainText::confidence(change.from),
                         DomainText::confidence(change.to),
                         change.isBetter() ? BoardSubcommand::tr("better") : BoardSubcommand::tr("worse"));
    }
    for (const WeekChanges::NewProblem &problem : changes.newProblems) {
        text += BoardSubcommand::tr("  New problem: %1, %2, %3: %4\n")
                    .arg(printable(board.teamName(problem.teamId)), problem.week.toString(), printable(problem.person),
                         printable(problem.text));
    }
    text += BoardSubcommand::tr("  Missing the %1 check-in: %2\n")
                .arg(changes.upTo.toString(), teamNames(board, changes.teamsMissingCheckIn));
    return text;
}

QJsonObject countsJson(const ProgressBoard::StatusCounts &counts)
{
    return {{QStringLiteral("onTrack"), counts.onTrack},
            {QStringLiteral("atRisk"), counts.atRisk},
            {QStringLiteral("offTrack"), counts.offTrack},
            {QStringLiteral("noCheckInYet"), counts.awaitingCheckIn}};
}

QJsonArray teamsJson(const Board &board, const QList<Id> &teamIds)
{
    QJsonArray teams;
    for (const Id teamId : teamIds)
        teams.append(board.teamName(teamId));
    return teams;
}

QJsonObject keyResultJson(const Board &board, Id keyResultId)
{
    return {{QStringLiteral("keyResult"), board.keyResultTitle(keyResultId)},
            {QStringLiteral("team"), board.teamName(board.teamOf(keyResultId))}};
}

QJsonValue weekJson(const std::optional<IsoWeek> &week)
{
    return week ? QJsonValue(week->toString()) : QJsonValue();
}

QJsonObject changesJson(const Board &board, const WeekChanges &changes)
{
    QJsonArray moves;
    for (const WeekChanges::ValueMove &move : changes.valueMoves) {
        QJsonObject entry = keyResultJson(board, move.keyResultId);
        entry.insert(QStringLiteral("from"), move.from);
        entry.insert(QStringLiteral("to"), move.to);
        entry.insert(QStringLiteral("progressChange"), move.progressChange);
        entry.insert(QStringLiteral("expectedChange"), move.expectedChange);
        moves.append(entry);
    }
    QJsonArray confidence;
    for (const WeekChanges::ConfidenceChange &change : changes.confidenceChanges) {
        QJsonObject entry = keyResultJson(board, change.keyResultId);
        entry.insert(QStringLiteral("from"), EnumNames::name(change.from));
        entry.insert(QStringLiteral("to"), EnumNames::name(change.to));
        entry.insert(QStringLiteral("better"), change.isBetter());
        confidence.append(entry);
    }
    QJsonArray problems;
    for (const WeekChanges::NewProblem &problem : changes.newProblems) {
        problems.append(QJsonObject{{QStringLiteral("team"), board.teamName(problem.teamId)},
                                    {QStringLiteral("week"), problem.week.toString()},
                                    {QStringLiteral("person"), problem.person},
                                    {QStringLiteral("text"), problem.text}});
    }
    return {{QStringLiteral("after"), changes.after.toString()},
            {QStringLiteral("upTo"), changes.upTo.toString()},
            {QStringLiteral("valueMoves"), moves},
            {QStringLiteral("confidenceChanges"), confidence},
            {QStringLiteral("newProblems"), problems},
            {QStringLiteral("teamsMissingCheckIn"), teamsJson(board, changes.teamsMissingCheckIn)}};
}

QByteArray json(const Board &board)
{
    const BoardSummary &summary = board.summary;
    QJsonArray stalled;
    for (const Id keyResultId : summary.stalledKeyResults)
        stalled.append(keyResultJson(board, keyResultId));
    QJsonArray teams;
    for (const BoardSummary::TeamLine &team : summary.teams) {
        teams.append(
            QJsonObject{{QStringLiteral("name"), team.name},
                        {QStringLiteral("progress"), team.progress},
                        {QStringLiteral("expectedProgress"), team.expectedProgress},
                        {QStringLiteral("progressChange"), team.progressChange},
                        {QStringLiteral("keyResults"), countsJson(team.keyResults)},
                        {QStringLiteral("statedConfidence"),
                         team.statedConfidence ? QJsonValue(EnumNames::name(*team.statedConfidence)) : QJsonValue()},
                        {QStringLiteral("lastCheckIn"), weekJson(lastCheckInWeek(team))},
                        {QStringLiteral("missingCheckIn"), team.missingCheckIn},
                        {QStringLiteral("stalledKeyResults"), int(team.stalledKeyResults.size())}});
    }
    QJsonObject root{{QStringLiteral("cycle"), board.plan.cycle.name},
                     {QStringLiteral("date"), board.referenceDate.toString(Qt::ISODate)},
                     {QStringLiteral("dueWeek"), weekJson(summary.dueWeek)},
                     {QStringLiteral("progress"), summary.progress},
                     {QStringLiteral("expectedProgress"), summary.expectedProgress},
                     {QStringLiteral("progressChange"), summary.progressChange},
                     {QStringLiteral("keyResults"), countsJson(summary.keyResults)},
                     {QStringLiteral("teamsMissingCheckIn"), teamsJson(board, summary.teamsMissingCheckIn)},
                     {QStringLiteral("stalled"), stalled},
                     {QStringLiteral("teams"), teams}};
    if (board.changes)
        root.insert(QStringLiteral("changes"), changesJson(board, *board.changes));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Empty once `content` is at `path`, else why it is not (as PdfDrawing says it).
QString writeFile(const QByteArray &content, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return {};
    return file.errorString();
}

} // namespace

QString BoardSubcommand::summary() const
{
    return tr("Print the manager's board of a cycle, and what changed since a week.");
}

void BoardSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    addCycleAndTeamOptions(parser, cycleOption, teamOption);
    parser.addOption({sinceOption, tr("Also what changed after WEEK (e.g. 2026-W45) up to the week due for check-ins."),
                      QStringLiteral("WEEK")});
    parser.addOption({formatOption, tr("text (the default), json or pdf (with --out)."), QStringLiteral("FORMAT")});
    parser.addOption({outOption, tr("Write to PATH instead of printing."), QStringLiteral("PATH")});
}

bool BoardSubcommand::draws(const QCommandLineParser &parser) const
{
    return parser.value(formatOption) == QLatin1String("pdf");
}

int BoardSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const QString formatName = parser.isSet(formatOption) ? parser.value(formatOption) : QStringLiteral("text");
    const bool isPdf = formatName == QLatin1String("pdf");
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json") && !isPdf)
        return usageError(err, tr("--format takes text, json or pdf, not '%1'.").arg(printable(formatName)));
    if (isPdf && !parser.isSet(outOption))
        return usageError(err, tr("--format pdf needs --out PATH."));
    if (isPdf && !m_drawing)
        return cannotDraw(err);
    std::optional<IsoWeek> since;
    if (parser.isSet(sinceOption)) {
        since = IsoWeek::parse(parser.value(sinceOption));
        if (!since)
            return usageError(
                err, tr("--since takes a week such as 2026-W45, not '%1'.").arg(printable(parser.value(sinceOption))));
    }
    if (parser.isSet(outOption) && refuseOutputOverDocument(parser.value(outOption), *file, err))
        return Failure;
    const std::unique_ptr<Document> document = openDocument(*file, Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        const Repository repository(*document);
        const std::optional<Cycle> cycle = chosenCycle(repository, parser, cycleOption, *file, err);
        if (!cycle)
            return Failure;
        const std::optional<Id> teamScope = chosenTeamScope(repository, parser, teamOption, err);
        if (!teamScope)
            return Failure;
        const Id teamId = *teamScope;

        Board board;
        board.referenceDate = QDate::currentDate();
        board.plan = repository.queries().loadCyclePlan(cycle->id);
        const KeyResultHistories histories = repository.queries().keyResultHistoriesOfCycle(cycle->id);
        board.summary =
            BoardSummary::build(board.plan, ProgressRollUp(board.plan, board.referenceDate, preferredPaceThresholds()),
                                histories, board.referenceDate, teamId);
        if (since) {
            const IsoWeek upTo = board.summary.dueWeek.value_or(IsoWeek::containing(board.referenceDate));
            if (*since >= upTo)
                return usageError(err, tr("--since takes a week before %1, the week due for check-ins, not %2.")
                                           .arg(upTo.toString(), since->toString()));
            board.changes = WeekChanges::build(
                board.plan, histories,
                repository.checkIns().ofWeeksAndBefore(IsoWeek::containing(cycle->start), since->next(), upTo), *since,
                upTo, teamId);
        }

        const QString output = formatName == QLatin1String("json") ? QString::fromUtf8(json(board)) : text(board);
        if (!parser.isSet(outOption)) {
            out << output;
        } else {
            const QString outPath = parser.value(outOption);
            const QString error = isPdf ? m_drawing->writeBoard(tr("Board of %1").arg(cycle->name), output, outPath)
                                        : writeFile(output.toUtf8(), outPath);
            if (!error.isEmpty())
                return failure(err, tr("cannot write %1: %2").arg(printable(outPath), error));
            out << tr("Wrote the board of %1 to %2\n").arg(printable(cycle->name), printable(outPath));
        }
        if (document->isDamaged())
            return failure(err, tr("%1 is damaged: the board shows only what could be read.").arg(printable(*file)));
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
