#include "support/catch.h"

#include "coach/Coach.h"
#include "coach/CoachMessages.h"
#include "model/CyclePlan.h"

#include <QRegularExpression>
#include <QSet>

namespace {

// Key results and objectives that between them raise every kind of key result and objective flag.
const QStringList FlaggedKeyResults{
    QStringLiteral("Launch the pricing page"),
    QStringLiteral("Improve SEO"),
    QStringLiteral("Better onboarding"),
    QStringLiteral("Get more Instagram followers"),
    QStringLiteral("Improve customer satisfaction"),
    QStringLiteral("Increase the number of blog posts from 4 to 8 per month"),
    QStringLiteral("Write 10 blog posts"),
    QStringLiteral("Make videos"),
    QStringLiteral("New pricing page live by March 31"),
    QStringLiteral("Increase the trial-to-paid conversion rate to 15%"),
    QStringLiteral("Hire 3 engineers"),
};

QList<CoachFlag> everyFlag()
{
    const Coach coach;
    QList<CoachFlag> flags;
    for (const QString &text : FlaggedKeyResults)
        flags += coach.reviewKeyResult(text).flags;
    for (const QString &text : {QStringLiteral("Write a marketing plan"), QStringLiteral("Reach 20% market share")})
        flags += coach.reviewObjective(text).flags;
    flags += coach.reviewKeyResultSet({QStringLiteral("Raise NPS from 32 to 45")});
    flags += {CoachMessages::countsOwnTasks({}),
              CoachMessages::noNumber({}, false),
              CoachMessages::alreadyAchieved(12, 10),
              CoachMessages::restatesKpi({QStringLiteral("leads"), 100}),
              CoachMessages::tooManyKeyResults(6),
              CoachMessages::tooManyTeamObjectives(QStringLiteral("Sales"), 4),
              CoachMessages::tooManyCompanyObjectives(6),
              CoachMessages::notAligned(),
              CoachMessages::duplicateKeyResult(QStringLiteral("Raise NPS from 32 to 45"))};
    return flags;
}

// A sentence: a capital letter or a quotation first, a full stop or a question mark last, and no blank to fill in.
bool readsAsSentence(const QString &text)
{
    static const QRegularExpression sentence(QStringLiteral(R"(^["“A-Z].*[.?]["”]?$)"));
    static const QRegularExpression placeholder(QStringLiteral(R"(___|\bX\b|\bY\b|%\d)"));
    return sentence.match(text).hasMatch() && !placeholder.match(text).hasMatch();
}

} // namespace

TEST_CASE("Every coach message and suggestion should read as a sentence, with no blank left", "[coach]")
{
    const QList<CoachFlag> flags = everyFlag();
    REQUIRE(flags.size() > 20);
    for (const CoachFlag &flag : flags) {
        INFO(flag.code.toStdString() << ": " << flag.message.toStdString() << " / " << flag.suggestion.toStdString());
        CHECK(readsAsSentence(flag.message));
        CHECK(readsAsSentence(flag.suggestion));
    }
}

TEST_CASE("A vague key result should be pointed at an outcome to measure, not at numbers for the same wish", "[coach]")
{
    const KeyResultReview seo = Coach().reviewKeyResult(u"Improve SEO");
    REQUIRE(seo.verdict == KeyResultVerdict::Vague);
    REQUIRE(seo.flags.size() == 1);
    const QString &suggestion = seo.flags.first().suggestion;
    CHECK_FALSE(suggestion.contains(QStringLiteral("Increase SEO")));
    CHECK(suggestion.contains(QStringLiteral("SEO")));
    CHECK(suggestion.contains(QStringLiteral("outcome")));

    // What can be counted as it is only lacks its numbers.
    const KeyResultReview followers = Coach().reviewKeyResult(u"Get more Instagram followers");
    REQUIRE_FALSE(followers.flags.isEmpty());
    CHECK(followers.flags.first().suggestion.contains(QStringLiteral("the value")));
}

TEST_CASE("The coach should tell notes from warnings", "[coach]")
{
    CHECK(CoachMessages::notAligned().severity == CoachSeverity::Info);
    CHECK_FALSE(hasWarning({CoachMessages::notAligned()}));
    CHECK(hasWarning({CoachMessages::notAligned(), CoachMessages::binary()}));
    CHECK_FALSE(hasWarning({}));
    // Nothing says where it starts: progress cannot be computed, a problem to fix.
    const QList<CoachFlag> flags = Coach().reviewKeyResult(u"Increase the trial-to-paid conversion rate to 15%").flags;
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().code == QLatin1String(CoachCode::MissingBaseline));
    CHECK(flags.first().severity == CoachSeverity::Warning);
}

TEST_CASE("Every flag code should have a short name of its own for summaries", "[coach]")
{
    QSet<QString> codes;
    for (const CoachFlag &flag : everyFlag())
        codes.insert(flag.code);
    REQUIRE(codes.size() > 12);
    QSet<QString> names;
    for (const QString &code : codes) {
        INFO(code.toStdString());
        const QString name = CoachMessages::flagName(code);
        CHECK(name != code);
        CHECK(!name.isEmpty());
        CHECK(name.size() <= 30); // a table cell's or a tooltip line's worth
        names.insert(name);
    }
    CHECK(names.size() == codes.size());
    CHECK(CoachMessages::flagName(QString::fromLatin1(CoachCode::OutputVerb)) ==
          QStringLiteral("activity instead of outcome"));
    // A code added later still shows, as it is.
    CHECK(CoachMessages::flagName(QStringLiteral("new-code")) == QStringLiteral("new-code"));
}

TEST_CASE("A summary's flag list should name the flags, the most frequent first", "[coach]")
{
    const QMap<QString, int> counts{{QString::fromLatin1(CoachCode::Binary), 1},
                                    {QString::fromLatin1(CoachCode::NoNumber), 4},
                                    {QString::fromLatin1(CoachCode::OutputVerb), 2}};
    CHECK(CoachMessages::flagCountList(counts) ==
          QStringLiteral("no number (4), activity instead of outcome (2), done or not done (1)"));
    CHECK(CoachMessages::flagCountList({}).isEmpty());
}
