#include "support/catch.h"

#include "model/TextLimits.h"

TEST_CASE("Text limits should let a text of exactly the limit through and count what goes over", "[core][limits]")
{
    const int limit = TextLimits::maximum(TextField::ObjectiveTitle);
    CHECK(TextLimits::fits(TextField::ObjectiveTitle, QString(limit, QLatin1Char('a'))));
    CHECK_FALSE(TextLimits::fits(TextField::ObjectiveTitle, QString(limit + 1, QLatin1Char('a'))));
    CHECK(TextLimits::excess(TextField::ObjectiveTitle, QString(limit + 3, QLatin1Char('a'))) == 3);
    CHECK(TextLimits::excess(TextField::ObjectiveTitle, QString()) == 0);
}

TEST_CASE("Text limits should give names a sentence and notes a few paragraphs", "[core][limits]")
{
    CHECK(TextLimits::maximum(TextField::KeyResultTitle) == 200);
    CHECK(TextLimits::maximum(TextField::Owner) == 100);
    CHECK(TextLimits::maximum(TextField::PlanItemText) == 500);
    CHECK(TextLimits::maximum(TextField::CommentText) == 4000);
    CHECK(TextLimits::maximum(TextField::Owner) < TextLimits::maximum(TextField::KeyResultTitle));
}

TEST_CASE("Text limit messages should name the field, the length and the limit", "[core][limits]")
{
    const QString message = TextLimits::tooLong(TextField::KpiName, 1500);
    CHECK(message.contains(QStringLiteral("KPI name")));
    CHECK(message.contains(QStringLiteral("1,500")));
    CHECK(message.contains(QStringLiteral("200")));
    const QString hint = TextLimits::overBy(TextField::Owner, 4);
    CHECK(hint.startsWith(QStringLiteral("4 character")));
    CHECK(hint.endsWith(QStringLiteral("over the limit of 100")));
}

TEST_CASE("Clipping should keep a text that fits and cut a longer one to the limit, never inside a character",
          "[core][limits]")
{
    const int limit = TextLimits::maximum(TextField::TeamName);
    const QString fitting(limit, QLatin1Char('a'));
    CHECK(TextLimits::clipped(TextField::TeamName, fitting) == fitting);

    const QString clipped = TextLimits::clipped(TextField::TeamName, QString(1000000, QLatin1Char('a')));
    CHECK(clipped.size() == limit);
    CHECK(clipped.endsWith(QChar(0x2026)));

    // "😀" is two UTF-16 units: a cut between them would leave half a character.
    const QString faces = QString(limit - 2, QLatin1Char('a')) + QString::fromUtf8("😀😀😀");
    const QString cut = TextLimits::clipped(TextField::TeamName, faces);
    CHECK(cut.size() <= limit);
    CHECK_FALSE(cut.at(cut.size() - 2).isHighSurrogate());
}

TEST_CASE("A shown text should be cut to the longest limit", "[core][limits]")
{
    const QString shown = TextLimits::shown(QString(1000000, QLatin1Char('a')));
    CHECK(shown.size() == TextLimits::maximum(TextField::CommentText));
    CHECK(shown.endsWith(QChar(0x2026)));
    CHECK(TextLimits::shown(QStringLiteral("short")) == QStringLiteral("short"));
}
