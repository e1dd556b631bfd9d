#include "coach/CoachLexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace {

QString lexiconPath(const QString &language)
{
    return QStringLiteral(":/coach/lexicon/%1.json").arg(language);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    strings.reserve(array.size());
    for (const QJsonValue &item : array)
        strings.append(item.toString().toLower());
    return strings;
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

// stop -> stopp(ed): a short word ending consonant-vowel-consonant doubles its last letter.
bool doublesFinalConsonant(const QString &word)
{
    if (word.size() < 3 || word.contains(QLatin1Char(' ')))
        return false;
    const QChar last = word.back();
    const QChar beforeLast = word.at(word.size() - 2);
    const QChar third = word.at(word.size() - 3);
    return last.isLetter() && !isVowel(last) && !QStringView(u"wxy").contains(last) && isVowel(beforeLast) &&
           !isVowel(third);
}

} // namespace

const CoachLexicon &CoachLexicon::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const CoachLexicon>> cache;
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(language); found != cache.constEnd())
        return **found;

    QFile file(lexiconPath(language));
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(lexiconPath(QStringLiteral("en")));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        qFatal("The coach's lexicon is missing from the resources");
    QString error;
    std::shared_ptr<const CoachLexicon> lexicon = fromJson(file.readAll(), &error);
    if (!lexicon)
        qFatal("The coach's lexicon %s is invalid: %s", qPrintable(file.fileName()), qPrintable(error));
    cache.insert(language, lexicon);
    return *lexicon;
}

bool CoachLexicon::exists(const QString &language)
{
    return QFile::exists(lexiconPath(language));
}

std::unique_ptr<CoachLexicon> CoachLexicon::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return nullptr;
    }
    const QJsonObject root = document.object();
    std::unique_ptr<CoachLexicon> lexicon(new CoachLexicon);
    lexicon->m_language = root.value(QStringLiteral("language")).toString();

    const QJsonObject inflections = root.value(QStringLiteral("inflections")).toObject();
    const auto readRules = [&](const QString &key) {
        QList<InflectionRule> rules;
        for (const QJsonValue &rule : inflections.value(key).toArray()) {
            const QJsonObject object = rule.toObject();
            rules.append(
                {object.value(QStringLiteral("ending")).toString(), object.value(QStringLiteral("suffix")).toString()});
        }
        return rules;
    };
    lexicon->m_verbInflections = readRules(QStringLiteral("rules"));
    lexicon->m_nounInflections = readRules(QStringLiteral("nounRules"));
    lexicon->m_doublingSuffixes = stringsOf(inflections.value(QStringLiteral("doubleFinalConsonant")));
    lexicon->m_modifierSuffixes = stringsOf(inflections.value(QStringLiteral("modifierSuffixes")));
    lexicon->m_nonImperativeSuffixes = stringsOf(inflections.value(QStringLiteral("nonImperativeSuffixes")));
    lexicon->m_pluralSuffixes = stringsOf(inflections.value(QStringLiteral("pluralSuffixes")));
    lexicon->m_singularSuffixes = stringsOf(inflections.value(QStringLiteral("singularSuffixes")));

    // Verbs and nouns are listed as base forms and found in every inflection.
    const auto addWords = [&](const QJsonValue &list, WordRoles roles, bool isNoun) {
        for (const QString &word : stringsOf(list))
            lexicon->addInflected(word, roles, isNoun);
    };
    const auto addPlain = [&](const QJsonValue &list, WordRoles roles) {
        for (const QString &word : stringsOf(list))
            lexicon->add(word, roles);
    };

    const QJsonObject verbs = root.value(QStringLiteral("verbs")).toObject();
    const WordRoles base = roleBit(WordRole::BaseVerb);
    addWords(verbs.value(QStringLiteral("output")), roleBit(WordRole::OutputVerb), false);
    addPlain(verbs.value(QStringLiteral("output")), base);
    const QJsonObject results = verbs.value(QStringLiteral("result")).toObject();
    addWords(results.value(QStringLiteral("increase")), roleBit(WordRole::IncreaseVerb), false);
    addPlain(results.value(QStringLiteral("increase")), base);
    addWords(results.value(QStringLiteral("decrease")), roleBit(WordRole::DecreaseVerb), false);
    addPlain(results.value(QStringLiteral("decrease")), base);
    addWords(results.value(QStringLiteral("maintain")), roleBit(WordRole::MaintainVerb), false);
    addPlain(results.value(QStringLiteral("maintain")), base);
    const QJsonValue input = verbs.value(QStringLiteral("input")).toObject().value(QStringLiteral("words"));
    addWords(input, roleBit(WordRole::OutputVerb) | roleBit(WordRole::InputVerb), false);
    addPlain(input, base);
    const QJsonValue light = verbs.value(QStringLiteral("light")).toObject().value(QStringLiteral("words"));
    addWords(light, roleBit(WordRole::LightVerb), false);
    addPlain(light, base);
    addWords(verbs.value(QStringLiteral("vague")), roleBit(WordRole::VagueVerb), false);
    addPlain(verbs.value(QStringLiteral("vague")), base);

    const QJsonObject nouns = root.value(QStringLiteral("nouns")).toObject();
    addWords(nouns.value(QStringLiteral("measured")), roleBit(WordRole::MeasuredNoun), true);
    addWords(nouns.value(QStringLiteral("ownTasks")), roleBit(WordRole::OwnTaskNoun), true);
    addWords(nouns.value(QStringLiteral("deliverables")), roleBit(WordRole::DeliverableNoun), true);
    addWords(nouns.value(QStringLiteral("lowerIsBetter")), roleBit(WordRole::LowerIsBetter), true);
    addWords(nouns.value(QStringLiteral("insiders")), roleBit(WordRole::Insider), true);
    addPlain(nouns.value(QStringLiteral("quantifiers")), roleBit(WordRole::Quantifier));
    addWords(nouns.value(QStringLiteral("attainment")), roleBit(WordRole::Attainment), true);
    addWords(nouns.value(QStringLiteral("people")), roleBit(WordRole::Person), true);
    addWords(nouns.value(QStringLiteral("peopleMake")), roleBit(WordRole::PeopleMake), true);
    addWords(nouns.value(QStringLiteral("products")), roleBit(WordRole::Product), true);
    addWords(nouns.value(QStringLiteral("adoptionVerbs")), roleBit(WordRole::AdoptionVerb), false);

    const QJsonObject participles = root.value(QStringLiteral("participles")).toObject();
    addPlain(participles.value(QStringLiteral("byOthers")), roleBit(WordRole::ByOthers));
    addPlain(participles.value(QStringLiteral("byTeam")), roleBit(WordRole::ByTeam));

    const QJsonObject milestones = root.value(QStringLiteral("milestones")).toObject();
    addPlain(milestones.value(QStringLiteral("words")), roleBit(WordRole::Milestone));
    addPlain(milestones.value(QStringLiteral("deadlineLead")), roleBit(WordRole::DeadlineLead));
    addPlain(milestones.value(QStringLiteral("deadlineWords")), roleBit(WordRole::DeadlineWord));

    const QJsonObject phrasing = root.value(QStringLiteral("phrasing")).toObject();
    const std::pair<const char *, WordRole> phrasingLists[] = {{"from", WordRole::From},
                                                               {"to", WordRole::To},
                                                               {"by", WordRole::By},
                                                               {"arrows", WordRole::Arrow},
                                                               {"atLeast", WordRole::AtLeast},
                                                               {"atMost", WordRole::AtMost},
                                                               {"resultsAttached", WordRole::ResultAttached},
                                                               {"of", WordRole::Of},
                                                               {"per", WordRole::Per},
                                                               {"deadlinePrepositions", WordRole::DeadlinePreposition},
                                                               {"purpose", WordRole::Purpose},
                                                               {"newness", WordRole::Newness},
                                                               {"selection", WordRole::Selection},
                                                               {"determiners", WordRole::Determiner},
                                                               {"labels", WordRole::Label},
                                                               {"boundaries", WordRole::Boundary},
                                                               {"clauseFillers", WordRole::ClauseFiller},
                                                               {"qualityBars", WordRole::QualityBar}};
    for (const auto &[key, role] : phrasingLists)
        addPlain(phrasing.value(QLatin1String(key)), roleBit(role));
    // "75 or higher": a comparator written after its number.
    addPlain(phrasing.value(QStringLiteral("atLeastAfter")),
             roleBit(WordRole::AtLeast) | roleBit(WordRole::TrailingComparator));
    addPlain(phrasing.value(QStringLiteral("atMostAfter")),
             roleBit(WordRole::AtMost) | roleBit(WordRole::TrailingComparator));

    const QJsonObject objectives = root.value(QStringLiteral("objectives")).toObject();
    addWords(objectives.value(QStringLiteral("taskVerbs")), roleBit(WordRole::ObjectiveTaskVerb), false);
    addWords(objectives.value(QStringLiteral("objectDecides")), roleBit(WordRole::ObjectiveObjectDecides), false);
    addPlain(objectives.value(QStringLiteral("aspirations")), roleBit(WordRole::Aspiration));
    addPlain(objectives.value(QStringLiteral("conjunctions")), roleBit(WordRole::Conjunction));

    const QJsonObject numbers = root.value(QStringLiteral("numbers")).toObject();
    const QStringList needContext = stringsOf(numbers.value(QStringLiteral("numberWordsNeedContext")));
    const QJsonObject numberWords = numbers.value(QStringLiteral("words")).toObject();
    for (auto it = numberWords.begin(); it != numberWords.end(); ++it) {
        lexicon->addValue(it.key(),
                          roleBit(needContext.contains(it.key()) ? WordRole::ContextNumberWord : WordRole::NumberWord),
                          it.value().toDouble());
    }
    const QJsonObject fractions = numbers.value(QStringLiteral("fractions")).toObject();
    for (auto it = fractions.begin(); it != fractions.end(); ++it)
        lexicon->addValue(it.key(), roleBit(WordRole::Fraction), it.value().toDouble());
    const QJsonObject multipliers = numbers.value(QStringLiteral("multipliers")).toObject();
    for (auto it = multipliers.begin(); it != multipliers.end(); ++it)
        lexicon->addValue(it.key(), roleBit(WordRole::Multiplier), it.value().toDouble());
    const QJsonObject magnitudes = numbers.value(QStringLiteral("magnitudes")).toObject();
    for (auto it = magnitudes.begin(); it != magnitudes.end(); ++it)
        lexicon->addValue(it.key().toLower(), roleBit(WordRole::Magnitude), it.value().toDouble());
    addPlain(numbers.value(QStringLiteral("percent")), roleBit(WordRole::Percent));
    addPlain(numbers.value(QStringLiteral("multiplierSuffix")), roleBit(WordRole::MultiplierSuffix));
    addPlain(numbers.value(QStringLiteral("ratingWords")), roleBit(WordRole::RatingWord));
    addPlain(numbers.value(QStringLiteral("ordinalSuffixes")), roleBit(WordRole::OrdinalSuffix));
    addPlain(numbers.value(QStringLiteral("yearLead")), roleBit(WordRole::YearLead));
    for (const QJsonValue &denominator : numbers.value(QStringLiteral("ratingDenominators")).toArray())
        lexicon->m_ratingDenominators.append(denominator.toInt());
    const QJsonArray years = numbers.value(QStringLiteral("yearRange")).toArray();
    if (years.size() == 2) {
        lexicon->m_firstYear = years.at(0).toInt();
        lexicon->m_lastYear = years.at(1).toInt();
    }

    const QJsonObject currencies = root.value(QStringLiteral("currencies")).toObject();
    const QJsonObject symbols = currencies.value(QStringLiteral("symbols")).toObject();
    for (auto it = symbols.begin(); it != symbols.end(); ++it)
        lexicon->addValue(it.key().toLower(), roleBit(WordRole::Currency), 0.0, it.value().toString());
    for (const QString &code : stringsOf(currencies.value(QStringLiteral("codes"))))
        lexicon->addValue(code, roleBit(WordRole::Currency), 0.0, code.toUpper());
    const QJsonObject currencyWords = currencies.value(QStringLiteral("words")).toObject();
    for (auto it = currencyWords.begin(); it != currencyWords.end(); ++it)
        lexicon->addValue(it.key(), roleBit(WordRole::Currency), 0.0, it.value().toString());

    const QJsonObject timeUnits = root.value(QStringLiteral("timeUnits")).toObject();
    for (auto it = timeUnits.begin(); it != timeUnits.end(); ++it) {
        if (!it.value().isArray())
            continue;
        const QJsonArray unit = it.value().toArray();
        lexicon->addValue(it.key(), roleBit(WordRole::TimeUnit), unit.at(0).toDouble(), unit.at(1).toString());
    }
    addPlain(root.value(QStringLiteral("calendarUnits")), roleBit(WordRole::CalendarUnit));
    addPlain(root.value(QStringLiteral("placeholders")), roleBit(WordRole::Placeholder));

    // Irregular forms play every role their base form plays.
    const QJsonObject irregular = inflections.value(QStringLiteral("irregular")).toObject();
    for (auto it = irregular.begin(); it != irregular.end(); ++it) {
        const WordRoles baseRoles = lexicon->roles(it.key()) & ~roleBit(WordRole::BaseVerb);
        for (const QString &form : stringsOf(it.value()))
            lexicon->add(form, baseRoles);
    }
    return lexicon;
}

size_t CoachLexicon::ViewHash::operator()(QStringView view) const noexcept
{
    size_t hash = 1469598103934665603ull;
    for (QChar c : view) {
        hash ^= c.unicode();
        hash *= 1099511628211ull;
    }
    return hash;
}

const LexiconEntry *CoachLexicon::find(QStringView word) const
{
    const auto found = m_entries.find(word);
    return found == m_entries.end() ? nullptr : &found->second;
}

WordRoles CoachLexicon::roles(QStringView word) const
{
    const LexiconEntry *found = find(word);
    return found ? found->roles : 0;
}

bool CoachLexicon::isModifier(QStringView word) const
{
    return word.size() > 4 && std::any_of(m_modifierSuffixes.cbegin(), m_modifierSuffixes.cend(),
                                          [&](const QString &suffix) { return word.endsWith(suffix); });
}

bool CoachLexicon::isNonImperativeForm(QStringView word) const
{
    return std::any_of(m_nonImperativeSuffixes.cbegin(), m_nonImperativeSuffixes.cend(),
                       [&](const QString &suffix) { return word.endsWith(suffix); });
}

bool CoachLexicon::isPluralForm(QStringView word) const
{
    const auto endsWithAny = [&](const QList<QString> &suffixes) {
        return std::any_of(suffixes.cbegin(), suffixes.cend(),
                           [&](const QString &suffix) { return word.endsWith(suffix); });
    };
    return endsWithAny(m_pluralSuffixes) && !endsWithAny(m_singularSuffixes);
}

LexiconEntry &CoachLexicon::entry(const QString &word)
{
    const auto found = m_entries.find(QStringView(word));
    if (found != m_entries.end())
        return found->second;
    m_keys.append(word);
    LexiconEntry &created = m_entries[QStringView(m_keys.constLast())];
    // A phrase makes its first word a place where matching must look further.
    const qsizetype space = word.indexOf(QLatin1Char(' '));
    if (space > 0) {
        const int words = int(word.count(QLatin1Char(' '))) + 1;
        LexiconEntry &first = entry(word.left(space));
        first.longestPhraseWords = std::max(first.longestPhraseWords, words);
    }
    return created;
}

void CoachLexicon::add(const QString &word, WordRoles roles)
{
    if (!word.isEmpty())
        entry(word).roles |= roles;
}

void CoachLexicon::addValue(const QString &word, WordRoles roles, double value, const QString &label)
{
    LexiconEntry &created = entry(word);
    created.roles |= roles;
    created.value = value;
    created.label = label;
}

void CoachLexicon::addInflected(const QString &word, WordRoles roles, bool isNoun)
{
    add(word, roles);
    const bool inflectLastWord = isNoun;
    const qsizetype split = inflectLastWord ? word.lastIndexOf(QLatin1Char(' ')) : word.indexOf(QLatin1Char(' '));
    const QString head = split < 0 ? word : (inflectLastWord ? word.mid(split + 1) : word.left(split));
    const QString prefix = split < 0 || !inflectLastWord ? QString() : word.left(split + 1);
    const QString rest = split < 0 || inflectLastWord ? QString() : word.mid(split);
    for (const InflectionRule &rule : std::as_const(isNoun ? m_nounInflections : m_verbInflections)) {
        if (head.endsWith(rule.ending))
            add(prefix + head.chopped(rule.ending.size()) + rule.suffix + rest, roles);
    }
    if (!isNoun && doublesFinalConsonant(head)) {
        for (const QString &suffix : std::as_const(m_doublingSuffixes))
            add(prefix + head + head.back() + suffix + rest, roles);
    }
}
