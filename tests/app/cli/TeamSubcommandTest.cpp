#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "model/Organisation.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// The demo company in a temporary folder, driven by `quarterdeck team`.
struct TeamDocument {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("demo.okr"));

    TeamDocument() { REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0); }

    CommandOutcome team(const QStringList &arguments) const
    {
        return runCommand(QStringList{QStringLiteral("team"), path} + arguments);
    }

    QList<Team> teams() const
    {
        const std::unique_ptr<Document> document = Document::open(path, Document::OpenMode::ReadOnly);
        return Repository(*document).teams().all();
    }

    Team named(const QString &name) const
    {
        for (const Team &team : teams()) {
            if (team.name == name)
                return team;
        }
        FAIL("no team named " << name.toStdString());
        return {};
    }

    QByteArray bytes() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_CASE("quarterdeck team list should show every team indented below its parent", "[app][teams]")
{
    TeamDocument demo;
    const CommandOutcome listed = demo.team({QStringLiteral("list")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == demo.teams().size());
    CHECK_FALSE(lines.first().startsWith(u' '));
    CHECK(lines.contains(QStringLiteral("  Marketing")));
}

TEST_CASE("quarterdeck team add should add a team below the company or the team named by --parent", "[app][teams]")
{
    TeamDocument demo;
    const Team company = demo.teams().first();
    const CommandOutcome added = demo.team({QStringLiteral("add"), QStringLiteral("Finance")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(demo.named(QStringLiteral("Finance")).parentId == company.id);

    const CommandOutcome below = demo.team(
        {QStringLiteral("add"), QStringLiteral("Payroll"), QStringLiteral("--parent"), QStringLiteral(" finance ")});
    INFO(below.err.toStdString());
    REQUIRE(below.exitCode == 0);
    CHECK(demo.named(QStringLiteral("Payroll")).parentId == demo.named(QStringLiteral("Finance")).id);
}

TEST_CASE("quarterdeck team should refuse what the team rules refuse, changing nothing", "[app][teams]")
{
    TeamDocument demo;
    const QByteArray before = demo.bytes();

    const CommandOutcome taken = demo.team({QStringLiteral("add"), QStringLiteral("marketing")});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("already named")));
    const CommandOutcome loop = demo.team(
        {QStringLiteral("move"), demo.teams().first().name, QStringLiteral("--parent"), QStringLiteral("Marketing")});
    CHECK(loop.exitCode == 1);
    CHECK(loop.err.contains(QStringLiteral("below itself")));
    const CommandOutcome unknown = demo.team({QStringLiteral("rename"), QStringLiteral("Nobody"), QStringLiteral("X")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no team named")));
    CHECK(demo.bytes() == before);
}

TEST_CASE("quarterdeck team should answer bad usage with exit code 2", "[app][teams]")
{
    TeamDocument demo;
    CHECK(demo.team({QStringLiteral("move"), QStringLiteral("Marketing")}).exitCode == 2);
    CHECK(demo.team({QStringLiteral("rename"), QStringLiteral("Marketing")}).exitCode == 2);
    CHECK(demo.team({QStringLiteral("add"), QString(201, u'x')}).exitCode == 2);
    CHECK(demo.team({QStringLiteral("split"), QStringLiteral("Marketing")}).exitCode == 2);
}

TEST_CASE("quarterdeck team rename and move should change the team", "[app][teams]")
{
    TeamDocument demo;
    const Team sales = demo.named(QStringLiteral("Sales"));
    const CommandOutcome renamed =
        demo.team({QStringLiteral("rename"), QStringLiteral("sales"), QStringLiteral("Revenue")});
    INFO(renamed.err.toStdString());
    REQUIRE(renamed.exitCode == 0);
    CHECK(demo.named(QStringLiteral("Revenue")).id == sales.id);

    const CommandOutcome moved = demo.team(
        {QStringLiteral("move"), QStringLiteral("Revenue"), QStringLiteral("--parent"), QStringLiteral("Marketing")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(demo.named(QStringLiteral("Revenue")).parentId == demo.named(QStringLiteral("Marketing")).id);
}

TEST_CASE("quarterdeck team remove should say what a team holds and remove it only with --force", "[app][teams]")
{
    TeamDocument demo;
    const QByteArray before = demo.bytes();
    const qsizetype teamCount = demo.teams().size();

    const CommandOutcome refused = demo.team({QStringLiteral("remove"), QStringLiteral("Marketing")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("objective")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(demo.bytes() == before);

    const CommandOutcome forced =
        demo.team({QStringLiteral("remove"), QStringLiteral("Marketing"), QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    REQUIRE(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("check-in")));
    CHECK(demo.teams().size() == teamCount - 1);

    REQUIRE(demo.team({QStringLiteral("add"), QStringLiteral("Empty")}).exitCode == 0);
    const CommandOutcome empty = demo.team({QStringLiteral("remove"), QStringLiteral("empty")});
    INFO(empty.err.toStdString());
    CHECK(empty.exitCode == 0);
    CHECK(demo.teams().size() == teamCount - 1);
}
