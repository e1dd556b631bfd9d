#include "crash/CrashWorkload.h"

#include "core/storage/StorageTestSupport.h"

#include "model/CyclePlan.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace {

constexpr int KeyResultsPerCheckIn = 2;
constexpr int KeyResultsPerImport = 2;

QString importedTitle(int trial)
{
    return QStringLiteral("Crash trial %1").arg(trial);
}

QString described(const ProcessKiller::Outcome &outcome)
{
    return outcome.killed ? QStringLiteral("killed after %1 ms").arg(outcome.elapsedMs)
                          : QStringLiteral("exited with %1 after %2 ms: %3")
                                .arg(outcome.exitCode)
                                .arg(outcome.elapsedMs)
                                .arg(outcome.errorOutput);
}

QString shown(const QList<std::optional<double>> &values)
{
    QStringList texts;
    for (const std::optional<double> &value : values)
        texts.append(value ? QString::number(*value) : QStringLiteral("none"));
    return texts.join(QStringLiteral(", "));
}

QString shownCounts(const QList<qint64> &counts)
{
    QStringList texts;
    for (const qint64 count : counts)
        texts.append(QString::number(count));
    return texts.join(u'/');
}

} // namespace

CrashWorkload::CrashWorkload(QString folder, quint32 seed)
    : m_folder(std::move(folder))
    , m_document(QDir(m_folder).filePath(QStringLiteral("shared.okr")))
    , m_teamName(QStringLiteral("Sales"))
    , m_random(seed)
{
}

CrashWorkload::OpenedDocument CrashWorkload::openChecked(const QString &path)
{
    OpenedDocument opened;
    try {
        opened.document = Document::open(path);
        const QString integrity = StorageTestSupport::integrityCheck(*opened.document);
        if (integrity != QStringLiteral("ok"))
            opened.problem = QStringLiteral("integrity_check says: ") + integrity;
        else if (const qsizetype violations = StorageTestSupport::foreignKeyViolations(*opened.document))
            opened.problem = QStringLiteral("foreign_key_check lists %1 rows").arg(violations);
    } catch (const DocumentError &error) {
        opened.problem = error.message();
    }
    return opened;
}

QString CrashWorkload::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CheckIn:
        return QStringLiteral("checkin");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::CreateDemo:
        return QStringLiteral("demo into a new document");
    case Kind::CreateGenerated:
        return QStringLiteral("generate into a new document");
    case Kind::CreateByImport:
        return QStringLiteral("import into a new document");
    }
    return {};
}

QList<qint64> CrashWorkload::fingerprint(Document &document)
{
    QList<qint64> counts;
    for (const char *table : {"teams", "cycles", "objectives", "key_results", "initiatives", "check_ins", "kr_updates",
                              "plan_items", "kpis"})
        counts.append(StorageTestSupport::rowCount(document, QString::fromLatin1(table)));
    return counts;
}

QStringList CrashWorkload::prepare(Family family)
{
    const ProcessKiller::Outcome demo = ProcessKiller::run({QStringLiteral("demo"), m_document});
    if (demo.killed || demo.exitCode != 0)
        return {QStringLiteral("demo could not write the shared document: ") + described(demo)};
    {
        OpenedDocument opened = openChecked(m_document);
        if (!opened.problem.isEmpty())
            return {QStringLiteral("the shared document: ") + opened.problem};
        Repository repository(*opened.document);
        const std::optional<Cycle> cycle = repository.cycles().active();
        const std::optional<Team> team = repository.teams().byName(m_teamName);
        if (!cycle || !team)
            return {QStringLiteral("the demo has no active cycle or no team %1").arg(m_teamName)};
        m_cycleName = cycle->name;
        m_teamId = team->id;
        // The latest week of the quarter that has started: check-ins of later weeks are refused.
        const QList<IsoWeek> weeks = cycle->checkInWeeks();
        const IsoWeek thisWeek = IsoWeek::containing(QDate::currentDate());
        for (const IsoWeek week : weeks) {
            if (week <= thisWeek)
                m_week = week;
        }
        const CyclePlan plan = repository.queries().loadCyclePlan(cycle->id);
        for (const qsizetype objectiveRow : plan.objectivesOfTeam(m_teamId)) {
            for (const qsizetype row : plan.keyResultsOf(plan.objectives.at(objectiveRow).id)) {
                if (m_keyResultIds.size() < KeyResultsPerCheckIn)
                    m_keyResultIds.append(plan.keyResults.at(row).id);
            }
        }
        if (m_keyResultIds.size() < KeyResultsPerCheckIn)
            return {QStringLiteral("%1 has fewer than %2 key results").arg(m_teamName).arg(KeyResultsPerCheckIn)};
    }
    // Each kind once to the end: its duration is the first bound of the delays, its result what a complete run leaves.
    QStringList findings;
    QList<Kind> calibrated;
    for (const Kind kind : kindsOf(family)) {
        if (!calibrated.contains(kind))
            findings += runTrial(kind, 0, std::nullopt);
        calibrated.append(kind);
    }
    return findings;
}

const QList<CrashWorkload::Kind> &CrashWorkload::kindsOf(Family family)
{
    // Check-ins twice as often as imports: they are the most frequent write.
    static const QList<Kind> writes{Kind::CheckIn, Kind::CheckIn, Kind::Import};
    static const QList<Kind> creations{Kind::CreateDemo, Kind::CreateGenerated, Kind::CreateByImport};
    return family == Family::Writes ? writes : creations;
}

QStringList CrashWorkload::runTrial(Family family, int trial)
{
    const QList<Kind> &kinds = kindsOf(family);
    const Kind kind = kinds.at(m_random.bounded(static_cast<int>(kinds.size())));
    // Uniform up to a bound that follows the machine's speed: it grows after a kill and shrinks after a run that
    // finished, which settles where about two runs in three are killed, at points all over the run, and the rest
    // report done and are checked as such.
    double &bound = m_killBoundMs[kind];
    const QStringList findings = runTrial(kind, trial, m_random.bounded(static_cast<int>(bound) + 1));
    bound *= m_lastRunKilled ? 1.05 : 0.9;
    return findings;
}

QStringList CrashWorkload::runTrial(Kind kind, int trial, std::optional<int> killAfterMs)
{
    const ProcessKiller::Outcome outcome = ProcessKiller::run(arguments(kind, trial), killAfterMs);
    if (!killAfterMs)
        m_killBoundMs[kind] = static_cast<double>(outcome.elapsedMs);
    m_lastRunKilled = outcome.killed;
    QStringList findings = check(kind, trial, outcome);
    for (QString &finding : findings)
        finding = QStringLiteral("trial %1, %2 (%3): %4").arg(trial).arg(kindName(kind), described(outcome), finding);
    Counts &counts = m_counts[kind];
    ++counts.trials;
    counts.killed += outcome.killed ? 1 : 0;
    counts.findings += static_cast<int>(findings.size());
    return findings;
}

QStringList CrashWorkload::arguments(Kind kind, int trial)
{
    switch (kind) {
    case Kind::CheckIn: {
        QStringList arguments{QStringLiteral("checkin"), m_document,       QStringLiteral("--team"), m_teamName,
                              QStringLiteral("--week"),  m_week.toString()};
        // Every trial writes a value of its own, the same into both key results: a half-written check-in shows.
        for (const Id keyResultId : std::as_const(m_keyResultIds))
            arguments += {QStringLiteral("--kr"), QStringLiteral("%1=%2.5").arg(keyResultId).arg(trial)};
        return arguments;
    }
    case Kind::Import:
        return {QStringLiteral("import"), m_document, QStringLiteral("--from"), writeImportFile(trial)};
    case Kind::CreateDemo:
        return {QStringLiteral("demo"), createdPath(trial)};
    case Kind::CreateGenerated:
        return {QStringLiteral("generate"), createdPath(trial),         QStringLiteral("--teams"),
                QStringLiteral("30"),       QStringLiteral("--cycles"), QStringLiteral("2")};
    case Kind::CreateByImport:
        return {QStringLiteral("import"), createdPath(trial), QStringLiteral("--from"), writeImportFile(trial)};
    }
    return {};
}

QStringList CrashWorkload::check(Kind kind, int trial, const ProcessKiller::Outcome &outcome)
{
    if (!outcome.killed && outcome.exitCode != 0)
        return {QStringLiteral("the run failed")};
    switch (kind) {
    case Kind::CheckIn:
        return checkCheckIn(trial, outcome);
    case Kind::Import:
        return checkImport(trial, outcome);
    case Kind::CreateDemo:
    case Kind::CreateGenerated:
    case Kind::CreateByImport:
        return checkCreation(kind, trial, outcome);
    }
    return {};
}

QStringList CrashWorkload::checkCheckIn(int trial, const ProcessKiller::Outcome &outcome)
{
    const OpenedDocument opened = openChecked(m_document);
    if (!opened.problem.isEmpty())
        return {opened.problem};
    Repository repository(*opened.document);
    const std::optional<CheckIn> checkIn = repository.checkIns().find(m_teamId, m_week);
    QList<std::optional<double>> values;
    for (const Id keyResultId : std::as_const(m_keyResultIds)) {
        std::optional<double> value;
        for (const KeyResultUpdate &update : checkIn ? checkIn->updates : QList<KeyResultUpdate>()) {
            if (update.keyResultId == keyResultId)
                value = update.value;
        }
        values.append(value);
    }
    const QList<std::optional<double>> written(m_keyResultIds.size(), trial + 0.5);
    QStringList findings;
    if (!outcome.killed && values != written)
        findings.append(QStringLiteral("reported done, but the key results hold %1").arg(shown(values)));
    else if (values != written && values != m_lastValues)
        findings.append(
            QStringLiteral("half written: the key results hold %1, before %2").arg(shown(values), shown(m_lastValues)));
    m_lastValues = values;
    return findings;
}

QStringList CrashWorkload::checkImport(int trial, const ProcessKiller::Outcome &outcome)
{
    const OpenedDocument opened = openChecked(m_document);
    if (!opened.problem.isEmpty())
        return {opened.problem};
    Repository repository(*opened.document);
    const CyclePlan plan = repository.queries().loadCyclePlan(repository.cycles().byName(m_cycleName)->id);
    QList<qsizetype> keyResultsOfImported; // per objective carrying the trial's title
    for (const Objective &objective : plan.objectives) {
        if (objective.title == importedTitle(trial))
            keyResultsOfImported.append(plan.keyResultsOf(objective.id).size());
    }
    const bool whole = keyResultsOfImported == QList<qsizetype>{KeyResultsPerImport};
    if (!outcome.killed && !whole)
        return {QStringLiteral("reported done, but the document holds %1 such objectives")
                    .arg(keyResultsOfImported.size())};
    if (!whole && !keyResultsOfImported.isEmpty())
        return {QStringLiteral("half written: the objective came with %1 of %2 key results")
                    .arg(keyResultsOfImported.first())
                    .arg(KeyResultsPerImport)};
    return {};
}

QStringList CrashWorkload::checkCreation(Kind kind, int trial, const ProcessKiller::Outcome &outcome)
{
    const QString path = createdPath(trial);
    QStringList findings;
    if (!outcome.killed || QFileInfo::exists(path)) {
        OpenedDocument opened = openChecked(path);
        if (opened.problem.isEmpty()) {
            // A new document appears whole or not at all; the first complete run sets what whole is.
            const QList<qint64> found = fingerprint(*opened.document);
            const QList<qint64> &complete = m_completeFingerprint.try_emplace(kind, found).first->second;
            if (found != complete)
                findings.append(QStringLiteral("%1 holds part of a document (rows per table %2, complete %3)")
                                    .arg(path, shownCounts(found), shownCounts(complete)));
        } else if (!outcome.killed) {
            findings.append(QStringLiteral("reported done, but %1 does not open: %2").arg(path, opened.problem));
        } else {
            // An unfinished document may be refused, as long as a new try into the same path completes it.
            opened.document.reset();
            const ProcessKiller::Outcome retry = ProcessKiller::run(arguments(kind, trial));
            const QString retried = retry.killed || retry.exitCode != 0 ? described(retry) : openChecked(path).problem;
            if (!retried.isEmpty())
                findings.append(QStringLiteral("%1 is left behind and does not open (%2); a new try into it: %3")
                                    .arg(path, opened.problem, retried));
        }
    }
    Document::removeWithJournal(path);
    return findings;
}

QString CrashWorkload::writeImportFile(int trial) const
{
    const QString path = QDir(m_folder).filePath(QStringLiteral("import-%1.csv").arg(trial));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString rows =
            QStringLiteral("Type,Row ID,Parent Row ID,Title,Team,Owner,Cycle,Start,Target,Current,Unit,Notes\n"
                           "Objective,1,,%1,%2,,%3,,,,,\n"
                           "Key Result,2,1,Raise trial signups from 0 to 10,%2,Ana,%3,0,10,,,\n"
                           "Key Result,3,1,Cut churn from 5 to 2 a month,%2,Ana,%3,5,2,,,\n")
                .arg(importedTitle(trial), m_teamName, m_cycleName);
        file.write(rows.toUtf8());
    }
    return path;
}

QString CrashWorkload::createdPath(int trial) const
{
    return QDir(m_folder).filePath(QStringLiteral("created-%1.okr").arg(trial));
}

QString CrashWorkload::summary() const
{
    QStringList lines;
    for (const auto &[kind, counts] : m_counts)
        lines.append(QStringLiteral("  %1: %2 runs, %3 killed, %4 findings")
                         .arg(kindName(kind))
                         .arg(counts.trials)
                         .arg(counts.killed)
                         .arg(counts.findings));
    return lines.join(u'\n');
}
