#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"

#include <QFileInfo>

namespace {

CommandOutcome copy(const QString &source, const QString &target)
{
    return runCommand({QStringLiteral("copy"), source, target});
}

CommandOutcome exportJson(const QString &document, const QString &output)
{
    return runCommand({QStringLiteral("export"), document, QStringLiteral("--out"), output});
}

} // namespace

TEST_CASE("quarterdeck copy up to an organisation database and back down gives a document that exports the same",
          "[app][copy][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    const QString schema = QStringLiteral("test_copy_command");
    const PostgresTestConnection server(schema);
    const QString url = PostgresTestConnection::url(schema);
    const DemoDocumentFile demo;

    const CommandOutcome up = copy(demo.path, url);
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.startsWith(QStringLiteral("Copied %1 to quarterdeck_tests on ").arg(demo.path)));

    const QString back = demo.pathOf(QStringLiteral("back.okr"));
    const CommandOutcome down = copy(url, back);
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    CHECK(down.out.contains(QStringLiteral(" to %1 (").arg(back)));

    REQUIRE(exportJson(demo.path, demo.pathOf(QStringLiteral("original.json"))).exitCode == 0);
    REQUIRE(exportJson(back, demo.pathOf(QStringLiteral("copy.json"))).exitCode == 0);
    const QByteArray original = fileContent(demo.pathOf(QStringLiteral("original.json")));
    CHECK(original.size() > 10000);
    CHECK(fileContent(demo.pathOf(QStringLiteral("copy.json"))) == original);

    SECTION("Copied up again, the organisation database refuses a second organisation")
    {
        const CommandOutcome again = copy(back, url);
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already holds an organisation")));
    }
}

TEST_CASE("quarterdeck copy needs one file and one server, and says why it cannot connect", "[app][copy]")
{
    const DemoDocumentFile demo;
    const CommandOutcome twoFiles = copy(demo.path, demo.pathOf(QStringLiteral("other.okr")));
    CHECK(twoFiles.exitCode == 2); // a usage error
    CHECK(twoFiles.err.contains(QStringLiteral("one of SOURCE and TARGET must be a postgresql:// URL")));
    CHECK_FALSE(QFileInfo::exists(demo.pathOf(QStringLiteral("other.okr"))));

    const CommandOutcome badUrl = copy(demo.path, QStringLiteral("postgresql://db:http/okrs"));
    CHECK(badUrl.exitCode == 1);
    CHECK(badUrl.err.contains(QStringLiteral("is not a PostgreSQL address: the port \"http\"")));

    // Nothing listens on port 1: refused at once.
    const CommandOutcome noServer = copy(demo.path, QStringLiteral("postgresql://127.0.0.1:1/okrs"));
    CHECK(noServer.exitCode == 1);
    CHECK(noServer.err.contains(QStringLiteral("Cannot connect to the organisation database okrs on 127.0.0.1:1")));

    const CommandOutcome noDocument =
        copy(demo.pathOf(QStringLiteral("missing.okr")), QStringLiteral("postgresql:///x"));
    CHECK(noDocument.exitCode == 1);
    CHECK(noDocument.err.contains(QStringLiteral("missing.okr")));
}
