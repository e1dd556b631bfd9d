#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "storage/ServerAddress.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"
#include "support/ReportFixtures.h"

#include <QFileInfo>

namespace {

// A command as a user types it, with DOC where the document goes and OUT where an output file's name starts.
struct Step {
    QStringList arguments;
    QString output; // the output file's extension; empty when the command writes none
};

// What a command gave, with the document's location and the output file's name written as placeholders.
struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray written;
};

Outcome run(const Step &step, const QString &document, const QString &outputStem)
{
    const QString output = outputStem + u'.' + step.output;
    QStringList arguments;
    for (const QString &argument : step.arguments)
        arguments.append(argument == QLatin1String("DOC")   ? document
                         : argument == QLatin1String("OUT") ? output
                                                            : argument);
    const CommandOutcome outcome = runBinary(arguments); // as a user runs it: report draws
    const QString shown = ServerAddress::shownLocation(document);
    Outcome result{outcome.exitCode, QString(outcome.out).replace(shown, QStringLiteral("DOC")),
                   QString(outcome.err).replace(shown, QStringLiteral("DOC")), {}};
    result.out.replace(output, QStringLiteral("OUT"));
    if (step.output == QLatin1String("pdf"))
        result.written = PdfTools::text(output).toUtf8(); // the file holds the time it was written
    else if (!step.output.isEmpty())
        result.written = fileContent(output);
    return result;
}

QString described(const Step &step)
{
    return QStringLiteral("quarterdeck ") + step.arguments.join(u' ');
}

} // namespace

TEST_CASE("Every command reads and writes an organisation database as it does the file it was copied from",
          "[app][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_commands_on_both");
    const PostgresTestConnection server(schema);
    const QString url = PostgresTestConnection::url(schema);
    const DemoDocumentFile demo;
    REQUIRE(runCommand({QStringLiteral("copy"), demo.path, url}).exitCode == 0);
    const DemoDocumentFile imported;
    REQUIRE(runCommand({QStringLiteral("export"), imported.path, QStringLiteral("--cycle"), QStringLiteral("2026 Q4"),
                        QStringLiteral("--out"), imported.pathOf(QStringLiteral("q4.json"))})
                .exitCode == 0);

    const QString sales = QStringLiteral("Sales");
    const QString touchpoints = QStringLiteral("Increase the number of touchpoints with a new lead from 3 to 6");
    const QList<Step> steps{
        {{QStringLiteral("export"), QStringLiteral("DOC"), QStringLiteral("--out"), QStringLiteral("OUT")},
         QStringLiteral("json")},
        {{QStringLiteral("export"), QStringLiteral("DOC"), QStringLiteral("--out"), QStringLiteral("OUT")},
         QStringLiteral("csv")},
        {{QStringLiteral("cycle"), QStringLiteral("DOC"), QStringLiteral("list")}, {}},
        {{QStringLiteral("team"), QStringLiteral("DOC"), QStringLiteral("list")}, {}},
        {{QStringLiteral("kpi"), QStringLiteral("DOC"), QStringLiteral("list")}, {}},
        {{QStringLiteral("board"), QStringLiteral("DOC"), QStringLiteral("--since"), QStringLiteral("2026-W40")}, {}},
        {{QStringLiteral("board"), QStringLiteral("DOC"), QStringLiteral("--format"), QStringLiteral("json"),
          QStringLiteral("--team"), sales},
         {}},
        {{QStringLiteral("lint"), QStringLiteral("--document"), QStringLiteral("DOC")}, {}},
        {{QStringLiteral("lint"), QStringLiteral("--document"), QStringLiteral("DOC"), QStringLiteral("--json"),
          QStringLiteral("--cycle"), QStringLiteral("2026 Q3"), QStringLiteral("--team"), QStringLiteral("Product")},
         {}},
        {{QStringLiteral("report"), QStringLiteral("DOC"), QStringLiteral("--team"), sales, QStringLiteral("--out"),
          QStringLiteral("OUT")},
         QStringLiteral("pdf")},
        // Writes, each refused or done alike.
        {{QStringLiteral("team"), QStringLiteral("DOC"), QStringLiteral("add"), QStringLiteral("Night Shift"),
          QStringLiteral("--parent"), QStringLiteral("Product")},
         {}},
        {{QStringLiteral("team"), QStringLiteral("DOC"), QStringLiteral("move"), QStringLiteral("Night Shift"),
          QStringLiteral("--parent"), sales},
         {}},
        {{QStringLiteral("cycle"), QStringLiteral("DOC"), QStringLiteral("new"), QStringLiteral("--name"),
          QStringLiteral("2027 Q1"), QStringLiteral("--start"), QStringLiteral("2027-01-01"), QStringLiteral("--end"),
          QStringLiteral("2027-03-31")},
         {}},
        {{QStringLiteral("cycle"), QStringLiteral("DOC"), QStringLiteral("new"), QStringLiteral("--annual"),
          QStringLiteral("2027")},
         {}},
        {{QStringLiteral("cycle"), QStringLiteral("DOC"), QStringLiteral("carry-over"), QStringLiteral("2026 Q4"),
          QStringLiteral("2027 Q1"), QStringLiteral("--unfinished")},
         {}},
        {{QStringLiteral("kpi"), QStringLiteral("DOC"), QStringLiteral("add"), QStringLiteral("Uptime"),
          QStringLiteral("--team"), QStringLiteral("Product"), QStringLiteral("--unit"), QStringLiteral("%"),
          QStringLiteral("--target"), QStringLiteral("99.9")},
         {}},
        {{QStringLiteral("kpi"), QStringLiteral("DOC"), QStringLiteral("record"), QStringLiteral("Uptime"),
          QStringLiteral("99.95"), QStringLiteral("--team"), QStringLiteral("Product"), QStringLiteral("--date"),
          QStringLiteral("2026-11-30")},
         {}},
        {{QStringLiteral("checkin"), QStringLiteral("DOC"), QStringLiteral("--team"), sales, QStringLiteral("--week"),
          QStringLiteral("2026-W45"), QStringLiteral("--kr"), touchpoints + QStringLiteral("=5"),
          QStringLiteral("--confidence"), QStringLiteral("at-risk"), QStringLiteral("--comment"),
          QStringLiteral("Two trade fairs")},
         {}},
        {{QStringLiteral("checkin"), QStringLiteral("DOC"), QStringLiteral("--team"), sales, QStringLiteral("--kr"),
          QStringLiteral("Nothing of the kind=1")},
         {}},
        {{QStringLiteral("team"), QStringLiteral("DOC"), QStringLiteral("remove"), QStringLiteral("Night Shift")}, {}},
        {{QStringLiteral("team"), QStringLiteral("DOC"), QStringLiteral("remove"), QStringLiteral("Marketing")}, {}},
        {{QStringLiteral("import"), QStringLiteral("DOC"), QStringLiteral("--from"),
          imported.pathOf(QStringLiteral("q4.json"))},
         {}},
        {{QStringLiteral("backup"), QStringLiteral("DOC"), QStringLiteral("OUT")}, QStringLiteral("okr")},
        // Everything the writes left, read back.
        {{QStringLiteral("export"), QStringLiteral("DOC"), QStringLiteral("--out"), QStringLiteral("OUT")},
         QStringLiteral("json")},
        {{QStringLiteral("board"), QStringLiteral("DOC"), QStringLiteral("--since"), QStringLiteral("2026-W40")}, {}},
    };

    int stepNumber = 0;
    for (const Step &step : steps) {
        ++stepNumber;
        INFO(described(step).toStdString());
        const QString stem = QStringLiteral("step%1").arg(stepNumber);
        const Outcome onFile = run(step, demo.path, demo.pathOf(stem));
        const Outcome onServer = run(step, url, demo.pathOf(QStringLiteral("server-") + stem));
        INFO("file: " << onFile.err.toStdString() << "server: " << onServer.err.toStdString());
        if (step.arguments.first() == QLatin1String("backup")) {
            // A file's commands by nature: refused on a server, pointing to the one that copies it.
            CHECK(onFile.exitCode == 0);
            CHECK(onServer.exitCode == 1);
            CHECK(onServer.err.contains(QStringLiteral("quarterdeck copy URL FILE")));
            continue;
        }
        CHECK(onServer.exitCode == onFile.exitCode);
        CHECK(onServer.out == onFile.out);
        CHECK(onServer.err == onFile.err);
        CHECK(onServer.written == onFile.written);
        if (!step.output.isEmpty())
            CHECK(onFile.written.size() > 100);
    }
}

TEST_CASE("Commands refuse a server database that holds no organisation, with nothing written", "[app][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_commands_empty_server");
    const PostgresTestConnection server(schema);
    const QString url = PostgresTestConnection::url(schema);

    const CommandOutcome list = runCommand({QStringLiteral("team"), url, QStringLiteral("list")});
    CHECK(list.exitCode == 1);
    CHECK(list.err.contains(QStringLiteral("holds no organisation yet. Copy a document into it first")));
    const CommandOutcome add = runCommand({QStringLiteral("team"), url, QStringLiteral("add"), QStringLiteral("Ops")});
    CHECK(add.exitCode == 1);
    QSqlQuery tables =
        server.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = '%1'").arg(schema));
    REQUIRE(tables.next());
    CHECK(tables.value(0).toInt() == 0);
    // An import into a server address never makes a file of that name.
    const DemoDocumentFile demo;
    const QString json = demo.pathOf(QStringLiteral("demo.json"));
    REQUIRE(runCommand({QStringLiteral("export"), demo.path, QStringLiteral("--out"), json}).exitCode == 0);
    const CommandOutcome import = runCommand({QStringLiteral("import"), url, QStringLiteral("--from"), json});
    CHECK(import.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(url));
}
