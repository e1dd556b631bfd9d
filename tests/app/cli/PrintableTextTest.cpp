#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "app/support/DemoDocumentFile.h"
#include "cli/PrintableText.h"

namespace {

// True when `text` holds a character that a terminal acts on instead of showing.
bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar character) {
        return character != u'\n' && (character.category() == QChar::Other_Control || character == QChar(0x202E));
    });
}

const QString escapeSequence = QStringLiteral("Q\x1b[2J\x1b]0;owned\x07 \u009b31m\u202Eevil");
const QString escapeSequenceShown = QStringLiteral("Q\\x1b[2J\\x1b]0;owned\\x07 \\x9b31m\\u202eevil");

} // namespace

TEST_CASE("PrintableText should show control characters and bidirectional overrides as escapes", "[app][text]")
{
    CHECK(PrintableText::escaped(escapeSequence) == escapeSequenceShown);
    CHECK(PrintableText::escaped(QStringLiteral("two\nlines\tand a tab\x7f")) ==
          QStringLiteral("two\\x0alines\\x09and a tab\\x7f"));
    CHECK(PrintableText::escapedLines(QStringLiteral("first \x1b\nsecond")) == QStringLiteral("first \\x1b\nsecond"));
    const QString ordinary = QStringLiteral("Équipe Ω — 👩‍💻 100 % \\ done");
    CHECK(PrintableText::escaped(ordinary) == ordinary);
}

TEST_CASE("quarterdeck cycle new should print a name with % markers as typed", "[app][text][cycles]")
{
    const DemoDocumentFile demo;

    const CommandOutcome added =
        runCommand({QStringLiteral("cycle"), demo.path, QStringLiteral("new"), QStringLiteral("--name"),
                    QStringLiteral("%1 %2 %n %L1"), QStringLiteral("--start"), QStringLiteral("2031-01-01"),
                    QStringLiteral("--end"), QStringLiteral("2031-03-31")});

    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == QStringLiteral("Added %1 %2 %n %L1  2031-01-01 .. 2031-03-31  planning\n"));
    const CommandOutcome listed = runCommand({QStringLiteral("cycle"), demo.path, QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("%1 %2 %n %L1  2031-01-01 .. 2031-03-31  planning\n")));
}

TEST_CASE("quarterdeck cycle and kpi should never echo control characters of a name", "[app][text]")
{
    const DemoDocumentFile demo;
    const QList<QStringList> commands{
        {QStringLiteral("cycle"), demo.path, QStringLiteral("new"), QStringLiteral("--name"), escapeSequence,
         QStringLiteral("--start"), QStringLiteral("2031-01-01"), QStringLiteral("--end"),
         QStringLiteral("2031-03-31")},
        {QStringLiteral("cycle"), demo.path, QStringLiteral("list")},
        {QStringLiteral("cycle"), demo.path, QStringLiteral("activate"), escapeSequence},
        {QStringLiteral("kpi"), demo.path, QStringLiteral("add"), escapeSequence, QStringLiteral("--target"),
         QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("\x1b[5m")},
        {QStringLiteral("kpi"), demo.path, QStringLiteral("list")},
        {QStringLiteral("kpi"), demo.path, QStringLiteral("record"), escapeSequence, QStringLiteral("2")},
        {QStringLiteral("kpi"), demo.path, QStringLiteral("record"), escapeSequence + QStringLiteral("?"),
         QStringLiteral("2")},
        {QStringLiteral("kpi"), demo.path, QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--target"),
         QStringLiteral("1"), QStringLiteral("--team"), escapeSequence}};
    bool shownEscaped = false;
    for (const QStringList &command : commands) {
        INFO(PrintableText::escaped(command.join(u' ')).toStdString());
        const CommandOutcome outcome = runCommand(command);
        INFO(PrintableText::escaped(outcome.out + outcome.err).toStdString());
        CHECK_FALSE(hasControlCharacters(outcome.out));
        CHECK_FALSE(hasControlCharacters(outcome.err));
        shownEscaped = shownEscaped || QString(outcome.out + outcome.err).contains(escapeSequenceShown);
    }
    CHECK(shownEscaped);
}
