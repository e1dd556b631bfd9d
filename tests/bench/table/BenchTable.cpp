// `make bench`: the table of issue 17. Every headless action runs as the user runs it (the quarterdeck executable,
// timed from start to exit with its own peak memory) beside the plainest program doing the same work in the same
// run (the sqlite3 shell, or quarterdeck_bench_reference); the window's actions come from quarterdeck_bench, driven
// through the real widgets, against their goals. The generated document is made once and kept in the folder.
#include "MeasuredRun.h"
#include "support/TestServerUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace {

const QString quarterdeck = QStringLiteral(QUARTERDECK_EXECUTABLE);
const QString reference = QStringLiteral(QUARTERDECK_REFERENCE_EXECUTABLE);
const QString benchmarks = QStringLiteral(QUARTERDECK_BENCH_EXECUTABLE);
const QString sqlite = QStringLiteral("sqlite3");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One line of the table: Quarterdeck's figure, the reference's, and the goal for their ratio (or, for the
// window, for Quarterdeck's time alone; 0: none, a figure shown for what it tells).
struct Row {
    QString action;
    Measurement ours;
    QString referenceName;
    Measurement theirs;
    double goal = 0.0;
    bool goalIsSeconds = false;
    // The same command on a document a fifth the size, for what must not grow with the document: its peak memory.
    std::optional<Measurement> smaller = std::nullopt;
};

// The most an action's peak memory may grow when the document is five times larger: the SQLite page cache filling
// up to its bound, not the records.
constexpr double MemoryGrowthGoal = 1.2;

class Table {
public:
    void add(const Row &row)
    {
        m_rows.append(row);
        // Each row as it comes, so that a long run shows its progress.
        QTextStream(stderr) << "measured: " << row.action << '\n';
    }

    void print() const
    {
        out() << "| action | Quarterdeck | peak | peak, a fifth of the teams | reference | reference time | "
                 "reference peak | ratio | goal | met |\n"
              << "|---|---|---|---|---|---|---|---|---|---|\n";
        for (const Row &row : m_rows) {
            const double ratio = row.theirs.seconds > 0 ? row.ours.seconds / row.theirs.seconds : 0.0;
            const bool flat = !row.smaller || (row.smaller->succeeded && row.smaller->peakMiB > 0 &&
                                               row.ours.peakMiB <= MemoryGrowthGoal * row.smaller->peakMiB);
            const bool met =
                row.ours.succeeded && flat && (row.goalIsSeconds ? row.ours.seconds <= row.goal : ratio <= row.goal);
            QString goal = row.goal == 0.0     ? QStringLiteral("-")
                           : row.goalIsSeconds ? QStringLiteral("≤ %1 ms").arg(row.goal * 1000)
                                               : QStringLiteral("≤ %1x").arg(row.goal);
            if (row.smaller)
                goal += QStringLiteral(", peak ≤ %1x").arg(MemoryGrowthGoal);
            out() << "| " << row.action << " | " << time(row.ours) << " | " << memory(row.ours) << " | "
                  << (row.smaller ? memory(*row.smaller) : QStringLiteral("-")) << " | " << row.referenceName << " | "
                  << time(row.theirs) << " | " << memory(row.theirs) << " | "
                  << (ratio > 0 ? QString::number(ratio, 'f', 2) + QLatin1Char('x') : QStringLiteral("-")) << " | "
                  << goal << " | "
                  << (row.goal == 0.0 ? QStringLiteral("-")
                      : met           ? QStringLiteral("yes")
                                      : QStringLiteral("no"))
                  << " |\n";
        }
        out().flush();
    }

private:
    static QString time(const Measurement &measurement)
    {
        if (!measurement.succeeded)
            return QStringLiteral("failed");
        return measurement.seconds < 1 ? QStringLiteral("%1 ms").arg(measurement.seconds * 1000, 0, 'f', 1)
                                       : QStringLiteral("%1 s").arg(measurement.seconds, 0, 'f', 2);
    }

    static QString memory(const Measurement &measurement)
    {
        return measurement.peakMiB > 0 ? QStringLiteral("%1 MiB").arg(measurement.peakMiB, 0, 'f', 0)
                                       : QStringLiteral("-");
    }

    QList<Row> m_rows;
};

// The files of the run, in one folder: the document is kept between runs, everything else is made again.
class Workspace {
public:
    explicit Workspace(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
    }

    QString path(const QString &name) const { return m_folder.filePath(name); }

    // A fresh path: whatever an earlier run left there is removed first.
    QString fresh(const QString &name) const
    {
        QFile::remove(path(name));
        return path(name);
    }

    // A writable copy of the document, so that the kept one never changes.
    QString copyOfDocument(const QString &name) const
    {
        const QString copy = fresh(name);
        QFile::copy(path(documentName), copy);
        return copy;
    }

    static inline const QString documentName = QStringLiteral("organisation.okr");
    // A fifth of its teams: what shows whether memory grows with the document.
    static inline const QString smallerDocumentName = QStringLiteral("organisation-fifth.okr");

private:
    QDir m_folder;
};

QStringList generateCommand(const QString &path, int teams)
{
    return {quarterdeck,
            QStringLiteral("generate"),
            path,
            QStringLiteral("--teams"),
            QString::number(teams),
            QStringLiteral("--cycles"),
            QStringLiteral("8"),
            QStringLiteral("--seed"),
            QStringLiteral("7")};
}

// Every table of the document in sqlite3's own JSON or CSV: what an export needs to read, written plainly.
QString everyTableSql(const QString &documentPath)
{
    QStringList selects;
    QProcess names;
    names.start(sqlite, {documentPath, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")});
    names.waitForFinished(-1);
    for (const QByteArray &name : names.readAllStandardOutput().split('\n')) {
        if (!name.isEmpty())
            selects.append(QStringLiteral("SELECT * FROM %1;").arg(QString::fromUtf8(name)));
    }
    return selects.join(QLatin1Char(' '));
}

// A team of the active cycle with nine key results, and its key results' ids: what `checkin` is given.
struct CheckInWork {
    QString team;
    QList<qint64> keyResults;
    int isoYear = 0;
    int isoWeek = 0;
};

CheckInWork checkInWork(const QString &documentPath)
{
    CheckInWork work;
    work.isoWeek = QDate::currentDate().weekNumber(&work.isoYear);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("work"));
        database.setDatabaseName(documentPath);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        database.open();
        QSqlQuery query(database);
        query.exec(QStringLiteral("SELECT t.name, k.id FROM key_results k JOIN objectives o ON o.id = k.objective_id "
                                  "JOIN teams t ON t.id = o.team_id JOIN cycles c ON c.id = o.cycle_id "
                                  "WHERE c.state = 'active' AND o.team_id = (SELECT o2.team_id FROM objectives o2 "
                                  "JOIN key_results k2 ON k2.objective_id = o2.id JOIN cycles c2 ON c2.id = "
                                  "o2.cycle_id WHERE c2.state = 'active' GROUP BY o2.team_id HAVING count(*) >= 9 "
                                  "ORDER BY o2.team_id LIMIT 1) ORDER BY k.id LIMIT 9"));
        while (query.next()) {
            work.team = query.value(0).toString();
            work.keyResults.append(query.value(1).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("work"));
    return work;
}

QStringList checkInCommand(const QString &documentPath, const CheckInWork &work)
{
    QStringList command{quarterdeck,
                        QStringLiteral("checkin"),
                        documentPath,
                        QStringLiteral("--team"),
                        work.team,
                        QStringLiteral("--week"),
                        QStringLiteral("%1-W%2").arg(work.isoYear).arg(work.isoWeek, 2, 10, QLatin1Char('0'))};
    for (const qint64 id : work.keyResults)
        command << QStringLiteral("--kr") << QStringLiteral("%1=42").arg(id);
    return command;
}

// The same lookups and the same transaction as `checkin`, in SQL: the team by name, the active cycle, the team's key
// results, then the week's check-in and an update per key result.
QString checkInSql(const CheckInWork &work)
{
    QString team = work.team;
    team.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString week = QStringLiteral("%1, %2").arg(work.isoYear).arg(work.isoWeek);
    QString sql = QStringLiteral("PRAGMA foreign_keys = ON;\n"
                                 "SELECT id FROM teams WHERE name = '%1' COLLATE NOCASE;\n"
                                 "SELECT id FROM cycles WHERE state = 'active';\n"
                                 "SELECT k.id, k.title FROM key_results k JOIN objectives o ON o.id = k.objective_id "
                                 "JOIN cycles c ON c.id = o.cycle_id WHERE c.state = 'active' AND o.team_id = (SELECT "
                                 "id FROM teams WHERE name = '%1' COLLATE NOCASE);\n"
                                 "BEGIN IMMEDIATE;\n"
                                 "INSERT INTO check_ins (team_id, iso_year, iso_week) SELECT id, %2 FROM teams WHERE "
                                 "name = '%1' COLLATE NOCASE ON CONFLICT DO NOTHING;\n")
                      .arg(team, week);
    for (const qint64 id : work.keyResults)
        sql += QStringLiteral("INSERT OR REPLACE INTO kr_updates (check_in_id, iso_year, iso_week, key_result_id, "
                              "value) SELECT id, %1, %2, 42 FROM check_ins WHERE iso_year = %3 AND iso_week = %4 AND "
                              "team_id = (SELECT id FROM teams WHERE name = '%5' COLLATE NOCASE);\n")
                   .arg(week)
                   .arg(id)
                   .arg(work.isoYear)
                   .arg(work.isoWeek)
                   .arg(team);
    return sql + QStringLiteral("COMMIT;\n");
}

bool written(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// `lines` texts for lint: the document's key result titles, repeated until there are enough.
void writeLintInput(const QString &documentPath, const QString &path, int lines)
{
    QProcess titles;
    titles.start(sqlite, {documentPath, QStringLiteral("SELECT title FROM key_results")});
    titles.waitForFinished(-1);
    const QList<QByteArray> all = titles.readAllStandardOutput().split('\n');
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || all.size() < 2)
        return;
    for (int line = 0; line < lines; ++line)
        file.write(all.at(line % (all.size() - 1)) + '\n');
}

// The window's actions as quarterdeck_bench measures them (mean of its samples), by benchmark name.
QHash<QString, double> windowSeconds(const QString &documentCopy, int samples)
{
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUARTERDECK_BENCH_DOCUMENT"), documentCopy);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    run.setProcessEnvironment(environment);
    run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    run.start(benchmarks, {QStringLiteral("Alignment tree on a 1*"), QStringLiteral("-r"), QStringLiteral("xml"),
                           QStringLiteral("--benchmark-samples"), QString::number(samples),
                           QStringLiteral("--benchmark-no-analysis")});
    run.waitForFinished(-1);
    QHash<QString, double> seconds;
    QXmlStreamReader xml(run.readAllStandardOutput());
    QString name;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("BenchmarkResults"))
            name = xml.attributes().value(QLatin1String("name")).toString();
        else if (xml.name() == QLatin1String("mean") && !name.isEmpty())
            seconds.insert(std::exchange(name, QString()),
                           xml.attributes().value(QLatin1String("value")).toDouble() / 1e9);
    }
    return seconds;
}

void measureWindow(Table &table, const Workspace &workspace, int samples)
{
    // Each action's benchmark in quarterdeck_bench and the goal for it: a frame or two for moving around,
    // 150 ms for what writes, twice that for undo then redo.
    const QList<std::pair<QString, double>> goals = {
        {QStringLiteral("Down arrow in the tree: the next row selected, its details shown, the window painted"), 0.05},
        {QStringLiteral("filter by text, then clear the filter"), 0.05},
        {QStringLiteral("open the check-in dialog on its first team, painted, then closed"), 0.05},
        {QStringLiteral("open the OKR wizard for a new OKR in the shown cycle, painted, then closed"), 0.05},
        {QStringLiteral("rename an objective: command, write, reload the plan, keep expansion"), 0.15},
        {QStringLiteral("with the board and charts shown: switch to another cycle, painted"), 0.15},
        {QStringLiteral("with the board and charts shown: check in one key result, painted"), 0.15},
        {QStringLiteral("with the board and charts shown: undo the check-in, then redo it, painted each time"), 0.3},
    };
    const QHash<QString, double> seconds =
        windowSeconds(workspace.copyOfDocument(QStringLiteral("window.okr")), samples);
    for (const auto &[name, goal] : goals) {
        Row row{QStringLiteral("window: ") + name, {}, QStringLiteral("one frame"), {1.0 / 60, 0, true}, goal, true};
        row.ours.seconds = seconds.value(name);
        row.ours.succeeded = seconds.contains(name);
        table.add(row);
    }
}

// The best of a few runs, each prepared afresh by `run`: a run of a second or two shows every busy moment of this
// machine (one run of the same binary swung by half), and both sides of a row are measured alike.
Measurement fastestOf(int runs, const std::function<Measurement()> &run)
{
    Measurement fastest = run();
    for (int again = 1; again < runs; ++again) {
        const Measurement next = run();
        if (next.succeeded && next.seconds < fastest.seconds)
            fastest = next;
    }
    return fastest;
}

Measurement fastestOf(int runs, const QStringList &command, const QString &inputPath = {},
                      const QString &outputPath = {})
{
    return fastestOf(runs, [&] { return MeasuredRun::run(command, inputPath, outputPath); });
}

void measureStartUp(Table &table, const Workspace &workspace)
{
    // The window is drawn first, then filled with the document (app/main.cpp).
    const QStringList window{quarterdeck, workspace.path(Workspace::documentName)};
    const Measurement bareWindow = fastestOf(3, {reference, QStringLiteral("window")});
    qputenv("QUARTERDECK_BENCH_QUIT_WHEN_DRAWN", "1");
    table.add({QStringLiteral("start-up: the window drawn"), fastestOf(3, window),
               QStringLiteral("a bare Qt window with a chart, drawn"), bareWindow, 1.5});
    qunsetenv("QUARTERDECK_BENCH_QUIT_WHEN_DRAWN");
    qputenv("QUARTERDECK_BENCH_QUIT_WHEN_IDLE", "1");
    // The goal is the window shown first; this is how long the user then waits for the plan.
    table.add({QStringLiteral("start-up: the document shown in it, to idle"), fastestOf(3, window),
               QStringLiteral("a bare Qt window with a chart, drawn"), bareWindow, 0.0});
}

void measureHeadless(Table &table, const Workspace &workspace, int teams)
{
    constexpr int Runs = 3; // each command and its reference, the fastest kept
    const QString document = workspace.path(Workspace::documentName);
    const bool kept = QFile::exists(document);
    if (kept) {
        // Opened once in the window, as a person's own document is: a file Quarterdeck did not write last (a copy, or
        // a day-old record) is checked whole on its first open (SoundFileRecord), not on each command measured.
        qputenv("QUARTERDECK_BENCH_QUIT_WHEN_IDLE", "1");
        MeasuredRun::run({quarterdeck, document});
        qunsetenv("QUARTERDECK_BENCH_QUIT_WHEN_IDLE");
    }
    // The document kept from an earlier run is generated again beside it, as often as the others run; a new one once.
    const Measurement generated = kept ? fastestOf(Runs,
                                                   [&] {
                                                       return MeasuredRun::run(generateCommand(
                                                           workspace.fresh(QStringLiteral("generated.okr")), teams));
                                                   })
                                       : MeasuredRun::run(generateCommand(document, teams));
    QFile::remove(workspace.path(QStringLiteral("generated.okr")));
    const QString smaller = workspace.path(Workspace::smallerDocumentName);
    if (!QFile::exists(smaller))
        MeasuredRun::run(generateCommand(smaller, std::max(1, teams / 5)));
    // Each export and import once more on it, for its peak memory alone: a run or two of a second is no time.
    const auto onSmaller = [&](QStringList command, const QString &documentPath, const QString &outputPath) {
        command.replaceInStrings(documentPath, smaller);
        command.replaceInStrings(outputPath,
                                 workspace.fresh(QStringLiteral("fifth-") + QFileInfo(outputPath).fileName()));
        return MeasuredRun::run(command);
    };

    const QString dump = workspace.fresh(QStringLiteral("organisation.sql"));
    MeasuredRun::run({sqlite, document, QStringLiteral(".dump")}, {}, dump);
    const auto restoredDump = [&] {
        return fastestOf(Runs, [&] {
            return MeasuredRun::run({sqlite, workspace.fresh(QStringLiteral("restored.db"))}, dump);
        });
    };
    table.add({QStringLiteral("generate --teams %1 --cycles 8").arg(teams), generated,
               QStringLiteral("sqlite3: restore its .dump"), restoredDump(), 1.2});

    const QString json = workspace.fresh(QStringLiteral("export.json"));
    const QString csv = workspace.fresh(QStringLiteral("export.csv"));
    const QString everyTable = everyTableSql(document);
    const auto exportTo = [&](const QString &output) {
        return QStringList{quarterdeck, QStringLiteral("export"), document, QStringLiteral("--out"), output};
    };
    table.add({QStringLiteral("export --out export.json"), fastestOf(Runs, exportTo(json)),
               QStringLiteral("sqlite3 -json: every table"),
               fastestOf(Runs, {sqlite, QStringLiteral("-json"), document, everyTable}, {},
                         workspace.fresh(QStringLiteral("reference.json"))),
               2.0, false, onSmaller(exportTo(json), document, json)});
    table.add({QStringLiteral("export --out export.csv"), fastestOf(Runs, exportTo(csv)),
               QStringLiteral("sqlite3 -csv: every table"),
               fastestOf(Runs, {sqlite, QStringLiteral("-csv"), document, everyTable}, {},
                         workspace.fresh(QStringLiteral("reference.csv"))),
               2.0, false, onSmaller(exportTo(csv), document, csv)});
    // Each import into a new document; on the smaller document, of its own export (written just above).
    const QString importedPath = workspace.path(QStringLiteral("imported.okr"));
    const auto importFrom = [&](const QString &from) {
        return QStringList{quarterdeck, QStringLiteral("import"), importedPath, QStringLiteral("--from"), from};
    };
    const auto imported = [&](const QString &from) {
        return fastestOf(Runs, [&] {
            workspace.fresh(QStringLiteral("imported.okr"));
            return MeasuredRun::run(importFrom(from));
        });
    };
    const auto importedSmaller = [&](const QString &from) {
        workspace.fresh(QStringLiteral("imported.okr"));
        return MeasuredRun::run(importFrom(workspace.path(QStringLiteral("fifth-") + QFileInfo(from).fileName())));
    };
    table.add({QStringLiteral("import --from export.json (new document)"), imported(json),
               QStringLiteral("sqlite3: restore the .dump"), restoredDump(), 2.0, false, importedSmaller(json)});
    table.add({QStringLiteral("import --from export.csv (new document)"), imported(csv),
               QStringLiteral("sqlite3: .import --csv"),
               fastestOf(Runs,
                         [&] {
                             return MeasuredRun::run({sqlite, workspace.fresh(QStringLiteral("restored.db")),
                                                      QStringLiteral(".import --csv %1 rows").arg(csv)});
                         }),
               2.0, false, importedSmaller(csv)});

    const CheckInWork work = checkInWork(document);
    const QString checkInScript = workspace.fresh(QStringLiteral("checkin.sql"));
    written(checkInScript, checkInSql(work));
    // A copy is a file Quarterdeck did not write, which the first command checks whole (SoundFileRecord): as with a
    // person's own document, the command measured is the one after.
    const QStringList checkIn = checkInCommand(workspace.copyOfDocument(QStringLiteral("checkin.okr")), work);
    MeasuredRun::run(checkIn);
    table.add({QStringLiteral("checkin: %1 key results of one team, again").arg(work.keyResults.size()),
               fastestOf(Runs, checkIn), QStringLiteral("sqlite3: the same lookups and transaction"),
               fastestOf(Runs,
                         [&] {
                             return MeasuredRun::run({sqlite, workspace.copyOfDocument(QStringLiteral("checkin.okr"))},
                                                     checkInScript);
                         }),
               3.0});

    const QString report = workspace.fresh(QStringLiteral("report.pdf"));
    const QStringList reportCommand{quarterdeck, QStringLiteral("report"), document, QStringLiteral("--out"), report};
    const Measurement reported = fastestOf(Runs, reportCommand);
    const QString reportText = workspace.fresh(QStringLiteral("report.txt"));
    MeasuredRun::run({QStringLiteral("pdftotext"), report, reportText});
    table.add({QStringLiteral("report: the whole organisation"), reported,
               QStringLiteral("its text through QTextDocument to QPdfWriter"),
               fastestOf(Runs, {reference, QStringLiteral("pdf"), reportText,
                                workspace.fresh(QStringLiteral("reference.pdf"))}),
               1.5, false, onSmaller(reportCommand, document, report)});

    const QString lintInput = workspace.fresh(QStringLiteral("lint.txt"));
    writeLintInput(document, lintInput, 100000);
    table.add({QStringLiteral("lint --json: 100,000 key results"),
               fastestOf(Runs, {quarterdeck, QStringLiteral("lint"), QStringLiteral("--json")}, lintInput,
                         workspace.fresh(QStringLiteral("lint.json"))),
               QStringLiteral("the coach on each line, no output"),
               fastestOf(Runs, {reference, QStringLiteral("coach"), lintInput}), 1.5});
}

// Issue 18's rows: the organisation copied up to the PostgreSQL server of QUARTERDECK_TEST_POSTGRES (`make bench` runs
// beside a throw-away one), then the active cycle read and a check-in saved there over the local socket, each beside
// the same command on the file.
void measureServer(Table &table, const Workspace &workspace)
{
    constexpr int Runs = 3;
    const QString schema = QStringLiteral("quarterdeck_bench");
    const QString url = testServerUrl(schema);
    if (url.isEmpty()) {
        QTextStream(stderr) << "no server described (QUARTERDECK_TEST_POSTGRES): the organisation database's rows are "
                               "left out\n";
        return;
    }
    MeasuredRun::run({QStringLiteral("psql"), testServerUrl(), QStringLiteral("-qc"),
                      QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1").arg(schema)});
    const QString document = workspace.path(Workspace::documentName);
    const Measurement copiedUp = MeasuredRun::run({quarterdeck, QStringLiteral("copy"), document, url});
    table.add({QStringLiteral("server: copy the organisation up"), copiedUp,
               QStringLiteral("copy it back down to a new file"),
               MeasuredRun::run({quarterdeck, QStringLiteral("copy"), url,
                                 workspace.fresh(QStringLiteral("copied-down.okr"))})});
    const QStringList boardOnServer{quarterdeck, QStringLiteral("board"), url};
    const QStringList boardOnFile{quarterdeck, QStringLiteral("board"), document};
    table.add({QStringLiteral("server: board of the active cycle"), fastestOf(Runs, boardOnServer),
               QStringLiteral("the same on the file"), fastestOf(Runs, boardOnFile)});
    const CheckInWork work = checkInWork(document);
    const QString fileCopy = workspace.copyOfDocument(QStringLiteral("checkin-beside-server.okr"));
    MeasuredRun::run(checkInCommand(fileCopy, work)); // checked whole on its first open, as in measureHeadless
    table.add({QStringLiteral("server: checkin: %1 key results of one team, again").arg(work.keyResults.size()),
               fastestOf(Runs, checkInCommand(url, work)), QStringLiteral("the same on the file"),
               fastestOf(Runs, checkInCommand(fileCopy, work))});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Issue 17's table: Quarterdeck against raw SQLite and plain Qt."));
    parser.addHelpOption();
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    QStringLiteral("Where the generated document is kept between runs."),
                                    QStringLiteral("DIR"), QStringLiteral(QUARTERDECK_BENCH_DATA));
    const QCommandLineOption teams(QStringLiteral("teams"), QStringLiteral("Teams of the generated organisation."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Samples of each window action (quarterdeck_bench)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({folder, teams, samples});
    parser.process(application);

    Table table;
    const Workspace workspace(parser.value(folder));
    // Windows are drawn offscreen unless asked otherwise: the table runs for minutes and needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's settings and recent documents stay in the folder, never the user's.
    qputenv("XDG_CONFIG_HOME", workspace.path(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", workspace.path(QStringLiteral("cache")).toLocal8Bit());
    measureHeadless(table, workspace, parser.value(teams).toInt());
    measureServer(table, workspace);
    measureStartUp(table, workspace);
    measureWindow(table, workspace, parser.value(samples).toInt());
    table.print();
    return 0;
}
