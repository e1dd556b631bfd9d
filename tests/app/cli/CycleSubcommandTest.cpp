#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "model/Quarter.h"
#include "model/TextLimits.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// The demo company in a temporary folder: the quarter before the active one closed, the active one running.
struct DemoDocument {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("demo.okr"));
    Cycle active = DemoCompany::activeQuarter(QDate::currentDate());
    Cycle closed = Quarter::preceding(active);
    Cycle next = Quarter::following(active);

    DemoDocument() { REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0); }

    CommandOutcome cycle(QStringList arguments) const
    {
        return runCommand(QStringList{QStringLiteral("cycle"), path} + arguments);
    }

    QByteArray bytes() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_CASE("quarterdeck cycle list should show every cycle with dates and state", "[app][cycles]")
{
    DemoDocument demo;
    const CommandOutcome listed = demo.cycle({QStringLiteral("list")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(demo.closed.name));
    CHECK(lines.at(0).endsWith(QStringLiteral("closed")));
    CHECK(lines.at(1).contains(demo.active.start.toString(Qt::ISODate) + QStringLiteral(" .. ") +
                               demo.active.end.toString(Qt::ISODate)));
    CHECK(lines.at(1).endsWith(QStringLiteral("active")));
}

TEST_CASE("quarterdeck cycle new should add the next quarter in planning", "[app][cycles]")
{
    DemoDocument demo;
    const CommandOutcome added = demo.cycle({QStringLiteral("new")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(demo.next.name));

    const auto document = Document::open(demo.path);
    Repository repository(*document);
    const std::optional<Cycle> stored = repository.cycles().byName(demo.next.name);
    REQUIRE(stored);
    CHECK(stored->start == demo.next.start);
    CHECK(stored->end == demo.next.end);
    CHECK(stored->state == CycleState::Planning);
}

TEST_CASE("quarterdeck cycle new should add custom and annual cycles", "[app][cycles]")
{
    DemoDocument demo;
    CHECK(demo.cycle({QStringLiteral("new"), QStringLiteral("--annual"), QStringLiteral("2030")}).exitCode == 0);
    const CommandOutcome custom = demo.cycle(
        {QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Launch sprint"), QStringLiteral("--start"),
         QStringLiteral("2031-02-01"), QStringLiteral("--end"), QStringLiteral("2031-03-15")});
    INFO(custom.err.toStdString());
    CHECK(custom.exitCode == 0);
    const CommandOutcome listed = demo.cycle({QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("2030        2030-01-01 .. 2030-12-31  planning  annual")));
    CHECK(listed.out.contains(QStringLiteral("Launch sprint  2031-02-01 .. 2031-03-15  planning")));
}

TEST_CASE("quarterdeck cycle should refuse bad input with a message, a non-zero exit and no change", "[app][cycles]")
{
    DemoDocument demo;
    REQUIRE(demo.cycle({QStringLiteral("new")}).exitCode == 0);
    const QByteArray before = demo.bytes();

    struct Case {
        QStringList arguments;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Backwards"), QStringLiteral("--start"),
          QStringLiteral("2031-03-01"), QStringLiteral("--end"), QStringLiteral("2031-02-01")},
         "before it starts"},
        {{QStringLiteral("new"), QStringLiteral("--name"), demo.active.name.toLower(), QStringLiteral("--start"),
          QStringLiteral("2031-03-01"), QStringLiteral("--end"), QStringLiteral("2031-04-01")},
         "already a cycle named"},
        {{QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("Overlap"), QStringLiteral("--start"),
          demo.active.end.toString(Qt::ISODate), QStringLiteral("--end"), demo.next.start.toString(Qt::ISODate)},
         "overlaps"},
        {{QStringLiteral("activate"), demo.next.name}, "still the active quarter"},
        {{QStringLiteral("close"), QStringLiteral("2099 Q9")}, "no cycle named “2099 Q9”"},
        {{QStringLiteral("close"), demo.closed.name}, "already closed"},
        {{QStringLiteral("carry-over"), demo.closed.name, demo.next.name, QStringLiteral("--objective"),
          QStringLiteral("No such objective")},
         "no objective titled"},
        {{QStringLiteral("new"), QStringLiteral("--start"), QStringLiteral("tomorrow")}, "needs --name"},
        {{QStringLiteral("rename")}, "unknown action"},
    };
    for (const Case &refused : cases) {
        INFO(refused.arguments.join(QLatin1Char(' ')).toStdString());
        const CommandOutcome outcome = demo.cycle(refused.arguments);
        CHECK(outcome.exitCode != 0);
        CHECK(outcome.err.contains(QString::fromUtf8(refused.message)));
        CHECK(outcome.out.isEmpty());
    }
    CHECK(demo.bytes() == before);
}

TEST_CASE("quarterdeck cycle close then activate should move to the next quarter", "[app][cycles]")
{
    DemoDocument demo;
    REQUIRE(demo.cycle({QStringLiteral("new")}).exitCode == 0);
    const CommandOutcome closed = demo.cycle({QStringLiteral("close"), demo.active.name});
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.out.contains(QStringLiteral("is now closed")));
    const CommandOutcome activated = demo.cycle({QStringLiteral("activate"), demo.next.name});
    REQUIRE(activated.exitCode == 0);

    const auto document = Document::open(demo.path);
    Repository repository(*document);
    CHECK(repository.cycles().active()->name == demo.next.name);
    CHECK_FALSE(
        repository.queries().loadCyclePlan(repository.cycles().byName(demo.active.name)->id).objectives.isEmpty());
}

TEST_CASE("quarterdeck cycle carry-over should copy unfinished objectives into the next quarter", "[app][cycles]")
{
    DemoDocument demo;
    REQUIRE(demo.cycle({QStringLiteral("new")}).exitCode == 0);
    const CommandOutcome carried =
        demo.cycle({QStringLiteral("carry-over"), demo.active.name, demo.next.name, QStringLiteral("--unfinished")});
    INFO(carried.err.toStdString());
    REQUIRE(carried.exitCode == 0);

    const auto document = Document::open(demo.path);
    Repository repository(*document);
    const CyclePlan active = repository.queries().loadCyclePlan(repository.cycles().byName(demo.active.name)->id);
    const CyclePlan next = repository.queries().loadCyclePlan(repository.cycles().byName(demo.next.name)->id);
    CHECK_FALSE(next.objectives.isEmpty());
    CHECK(next.objectives.size() <= active.objectives.size());
    CHECK(carried.out.contains(QStringLiteral("Carried %1 objective").arg(next.objectives.size())));
    CHECK(next.keyResults.size() > 0);
    for (const KeyResult &keyResult : next.keyResults)
        CHECK_FALSE(keyResult.current.has_value());
}

TEST_CASE("quarterdeck cycle new should refuse a name over its limit with exit 2 and no change", "[app][limits]")
{
    DemoDocument demo;
    const QByteArray before = demo.bytes();
    const CommandOutcome refused =
        demo.cycle({QStringLiteral("new"), QStringLiteral("--name"),
                    QString(TextLimits::maximum(TextField::CycleName) + 1, QLatin1Char('z')), QStringLiteral("--start"),
                    QStringLiteral("2031-02-01"), QStringLiteral("--end"), QStringLiteral("2031-03-15")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("--name: The cycle name has 201 character")));
    CHECK(demo.bytes() == before);
}
