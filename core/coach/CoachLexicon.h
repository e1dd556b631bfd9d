#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <unordered_map>

// What a word (or a multi-word phrase) can be in a key result. A word may play several roles ("test" is an
// output verb and a counted task); the analysis decides by position which one applies.
enum class WordRole : quint64 {
    OutputVerb = 1ull << 0,
    IncreaseVerb = 1ull << 1,
    DecreaseVerb = 1ull << 2,
    MaintainVerb = 1ull << 3,
    VagueVerb = 1ull << 4,
    MeasuredNoun = 1ull << 5,
    OwnTaskNoun = 1ull << 6,
    DeliverableNoun = 1ull << 7,
    Quantifier = 1ull << 8,
    LowerIsBetter = 1ull << 9,
    ByOthers = 1ull << 10,
    ByTeam = 1ull << 11,
    Milestone = 1ull << 12,
    DeadlineLead = 1ull << 13,
    DeadlineWord = 1ull << 14,
    From = 1ull << 15,
    To = 1ull << 16,
    By = 1ull << 17,
    Arrow = 1ull << 18,
    AtLeast = 1ull << 19,
    AtMost = 1ull << 20,
    Of = 1ull << 21,
    DeadlinePreposition = 1ull << 22,
    Purpose = 1ull << 23,
    Newness = 1ull << 24,
    Selection = 1ull << 25,
    Determiner = 1ull << 26,
    Label = 1ull << 27,
    Boundary = 1ull << 28,
    ObjectiveTaskVerb = 1ull << 29,
    Percent = 1ull << 30,
    RatingWord = 1ull << 31,
    CalendarUnit = 1ull << 32,
    YearLead = 1ull << 33,
    NumberWord = 1ull << 34,
    Multiplier = 1ull << 35,
    Magnitude = 1ull << 36,
    TimeUnit = 1ull << 37,
    Currency = 1ull << 38,
    OrdinalSuffix = 1ull << 39,
    MultiplierSuffix = 1ull << 40,
    BaseVerb = 1ull << 41,  // the word is a verb's base form as listed, not an inflection
    LightVerb = 1ull << 42, // make, get, have: the object decides what the key result is
    InputVerb = 1ull << 43, // spend, allocate: resources put in, never a result
    Per = 1ull << 44,
    ObjectiveObjectDecides = 1ull << 45, // "Build a dashboard" is a task, "Build a culture of trust" is not
    Placeholder = 1ull << 46,            // "X", "N", "TBD": where a template's number is still to be written
    ContextNumberWord = 1ull << 47,      // "one", "no": a number only before a magnitude ("one million")
    Insider = 1ull << 48,                // "employees", "managers": the organisation's own people
    ClauseFiller = 1ull << 49,           // "it is", "they get": between "so that" and the result it names
    QualityBar = 1ull << 50,             // "on time", "without incidents": a share of work meeting a standard
    Fraction = 1ull << 51,               // "half", "one-quarter": a share, as a percentage
    Attainment = 1ull << 52,             // "plan", "quota": "110% of plan" is a target met, not work done
    ResultAttached = 1ull << 53,         // "with": "Ship the app with a 4.5 star rating" names the result it brings
    TrailingComparator = 1ull << 54,     // "or more", "or less": after the number it bounds
    Person = 1ull << 55,                 // "customers", "users": people, as opposed to what they do
    Aspiration = 1ull << 56,             // "world-class", "exceptional": a quality to reach, in an objective
    Conjunction = 1ull << 57,            // "and", ",": "Design, create and launch" joins verbs
    PeopleMake = 1ull << 58,             // "tweets", "reviews": what people write themselves ("user tweets")
    Product = 1ull << 59,                // "platform", "product": a thing made, however good it is to be
    AdoptionVerb = 1ull << 60,           // "use", "feel": what the organisation's own people take up or feel
};

using WordRoles = quint64;

inline constexpr WordRoles roleBit(WordRole role)
{
    return static_cast<WordRoles>(role);
}

inline constexpr WordRoles AnyVerb = roleBit(WordRole::OutputVerb) | roleBit(WordRole::IncreaseVerb) |
                                     roleBit(WordRole::DecreaseVerb) | roleBit(WordRole::MaintainVerb) |
                                     roleBit(WordRole::VagueVerb) | roleBit(WordRole::LightVerb);
inline constexpr WordRoles AnyResultVerb =
    roleBit(WordRole::IncreaseVerb) | roleBit(WordRole::DecreaseVerb) | roleBit(WordRole::MaintainVerb);
inline constexpr WordRoles AnyNoun =
    roleBit(WordRole::MeasuredNoun) | roleBit(WordRole::OwnTaskNoun) | roleBit(WordRole::DeliverableNoun);

// Everything the lexicon knows about one word or phrase.
struct LexiconEntry {
    WordRoles roles = 0;
    double value = 0.0;         // number words, multipliers, magnitudes, seconds per time unit
    QString label;              // a time unit's label ("min") or a currency's code ("USD")
    int longestPhraseWords = 1; // the longest phrase that starts with this word, in words
};

// The coach's word lists and rules for one language, read from a JSON resource (`:/coach/lexicon/<lang>.json`).
// Read once and cached; lookups take a lower-case QStringView and allocate nothing.
class CoachLexicon {
public:
    // The cached lexicon of a language; falls back to English when the language has none.
    static const CoachLexicon &forLanguage(const QString &language = QStringLiteral("en"));
    // Whether `language` ("de") has a lexicon of its own, rather than falling back to English.
    static bool exists(const QString &language);

    // Parses a lexicon document; on failure returns nullptr and describes why in `error`.
    static std::unique_ptr<CoachLexicon> fromJson(const QByteArray &json, QString *error);

    QString language() const { return m_language; }

    // The entry of a lower-case word or phrase (words joined by one space), or nullptr.
    const LexiconEntry *find(QStringView word) const;
    WordRoles roles(QStringView word) const;

    // "actively", "using" after a noun: a modifier begins, the noun before it is the phrase's head.
    bool isModifier(QStringView word) const;
    // "launches" at the start of a key result is not an imperative.
    bool isNonImperativeForm(QStringView word) const;
    // "accounts": a noun's plural form.
    bool isPluralForm(QStringView word) const;

    const QList<int> &ratingDenominators() const { return m_ratingDenominators; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

private:
    CoachLexicon() = default;

    void add(const QString &word, WordRoles roles);
    // Verbs inflect their first word (roll out -> rolled out), nouns their last (sign up -> sign ups).
    void addInflected(const QString &word, WordRoles roles, bool isNoun);
    void addValue(const QString &word, WordRoles roles, double value, const QString &label = {});
    LexiconEntry &entry(const QString &word);

    // FNV-1a over the UTF-16 units: the keys are our own words, so a fast unseeded hash is enough.
    struct ViewHash {
        size_t operator()(QStringView view) const noexcept;
    };

    struct InflectionRule {
        QString ending;
        QString suffix;
    };

    QString m_language;
    QList<QString> m_keys; // owns the characters the map's views point into
    std::unordered_map<QStringView, LexiconEntry, ViewHash> m_entries;
    QList<InflectionRule> m_verbInflections;
    QList<InflectionRule> m_nounInflections;
    QList<QString> m_doublingSuffixes;
    QList<QString> m_modifierSuffixes;
    QList<QString> m_nonImperativeSuffixes;
    QList<QString> m_pluralSuffixes;
    QList<QString> m_singularSuffixes;
    QList<int> m_ratingDenominators;
    int m_firstYear = 1990;
    int m_lastYear = 2100;
};
