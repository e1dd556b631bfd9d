#include "coach/Coach.h"

#include "coach/CoachMessages.h"
#include "coach/CoachText.h"
#include "coach/MetricParser.h"
#include "coach/PlanChecks.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr WordRoles OutcomeVerbs = AnyResultVerb | roleBit(WordRole::VagueVerb);

bool isPunctuation(const TextItem &item)
{
    return item.kind == TextItem::Kind::Symbol && !item.isAny(roleBit(WordRole::Currency));
}

// The noun a phrase is about, and who acted on it: "follow-up [meetings] booked", "[views] on our page".
struct Head {
    int index = -1;
    WordRoles roles = 0;
    WordRoles participle = 0;
    bool perOthers = false; // "projects created per user", "posts by customers": others' actions counted
    bool insiderActs = false; // "managers complete the course": the organisation's own people doing its work
    bool insiderAdopts = false; // "engineers use the new pipeline": what they take up is the result measured

    bool measured() const { return roles & roleBit(WordRole::MeasuredNoun); }
    bool ownTask() const { return roles & roleBit(WordRole::OwnTaskNoun); }
    bool deliverable() const { return roles & roleBit(WordRole::DeliverableNoun); }
    // Counting the team's own work: "blog posts", "emails sent"; not "meetings booked" by customers.
    bool countsOwnWork() const
    {
        if (insiderActs)
            return true;
        if (insiderAdopts)
            return false;
        if (perOthers || (participle & roleBit(WordRole::ByOthers)))
            return false;
        if (participle & roleBit(WordRole::ByTeam))
            return !measured() || ownTask();
        return ownTask() && !measured();
    }
};

Head headOf(const CoachText &text, const CoachLexicon &lexicon, int first, int last)
{
    Head head;
    if (first < 0)
        return head;
    int i = first;
    while (i <= last && text.item(i).isAny(roleBit(WordRole::Determiner) | roleBit(WordRole::Quantifier) |
                                           roleBit(WordRole::Of) | roleBit(WordRole::Selection)))
        ++i;
    int end = i;
    while (end <= last) {
        const TextItem &item = text.item(end);
        // "a data driven planning process", "change tracking system": a gerund before a made thing names its kind,
        // where after people it says what they do ("users completing training").
        const bool compound = end > i && lexicon.isModifier(item.text) && end + 1 <= last &&
                              text.item(end + 1).isAny(roleBit(WordRole::DeliverableNoun) |
                                                       roleBit(WordRole::OwnTaskNoun)) &&
                              !text.item(end - 1).isAny(roleBit(WordRole::MeasuredNoun) | roleBit(WordRole::Person));
        const bool verbOnly = item.isAny(AnyVerb) &&
                              !item.isAny(AnyNoun | roleBit(WordRole::ByOthers) | roleBit(WordRole::ByTeam)) &&
                              !compound;
        // "companies actively using the API": an adverb or a present participle starts a modifier.
        const bool modifier =
            item.kind == TextItem::Kind::Word && !item.isAny(AnyNoun) && lexicon.isModifier(item.text) && !compound;
        // "customers are running…": the subject ends where its verb begins.
        const bool clause = item.is(WordRole::ClauseFiller) && !item.isAny(AnyNoun);
        // "Strategic / Large deals": a slash between two words joins them; so does a comma between two describing
        // words ("a secure, user-friendly platform"), where after a noun it starts the next one ("signups, revenue").
        const bool beforeWord = end + 1 <= last && text.item(end + 1).kind == TextItem::Kind::Word;
        const bool joiningSlash = item.kind == TextItem::Kind::Symbol && beforeWord &&
                                  (item.text == u"/" ||
                                   (item.text == u"," && end > i && text.item(end - 1).kind == TextItem::Kind::Word &&
                                    !text.item(end - 1).isAny(AnyNoun | AnyVerb)));
        if (end > i && (item.isAny(roleBit(WordRole::Boundary) | roleBit(WordRole::Purpose)) ||
                        (isPunctuation(item) && !joiningSlash) || text.quantityAt(end) >= 0 || verbOnly || modifier ||
                        clause))
            break;
        ++end;
    }
    // English noun phrases end in their head: the last word that is not a participle ("meetings booked").
    constexpr WordRoles Participles = roleBit(WordRole::ByOthers) | roleBit(WordRole::ByTeam);
    for (int k = end - 1; k >= i; --k) {
        const TextItem &item = text.item(k);
        if (item.kind == TextItem::Kind::Word &&
            (!item.isAny(Participles) || item.isAny(AnyNoun & ~roleBit(WordRole::OwnTaskNoun))) &&
            !item.isAny(roleBit(WordRole::Determiner))) {
            head.index = k;
            break;
        }
    }
    if (head.index < 0)
        return head;
    head.roles = text.item(head.index).roles;
    // ">100 user tweets", "customer reviews": what the people named before it make.
    head.perOthers = head.index > i && text.item(head.index).is(WordRole::PeopleMake) &&
                     text.item(head.index - 1).is(WordRole::Person);
    // "posts per user", "posts created by customers": what others do, counted. Only the next few words: a scan to
    // the end for every quantity would grow with the square of a long text.
    constexpr int ParticipleAndPreposition = 3;
    for (int k = head.index + 1; k + 1 <= last && k <= head.index + ParticipleAndPreposition; ++k) {
        if (text.item(k).isAny(roleBit(WordRole::Per) | roleBit(WordRole::By))) {
            int next = k + 1;
            while (next < last && text.item(next).is(WordRole::Determiner))
                ++next;
            head.perOthers = head.perOthers || text.item(next).is(WordRole::MeasuredNoun);
            break;
        }
    }
    if (head.index + 1 < text.size()) {
        const TextItem &next = text.item(head.index + 1);
        head.participle = next.roles & Participles;
        // "changes are recorded": the passive names who acts as "changes recorded" does.
        if (next.is(WordRole::ClauseFiller) && head.index + 2 < text.size())
            head.participle = text.item(head.index + 2).roles & Participles;
        head.insiderActs = head.roles & roleBit(WordRole::Insider) && !head.measured() &&
                           next.is(WordRole::OutputVerb);
        // "engineers use the new pipeline", "team members are confident": what they take up or feel; but "are
        // confirmed into their band" is done to them.
        const bool state = next.is(WordRole::ClauseFiller) && head.index + 2 < text.size() &&
                           !text.item(head.index + 2).isAny(AnyVerb | Participles);
        head.insiderAdopts = head.roles & roleBit(WordRole::Insider) && (next.is(WordRole::AdoptionVerb) || state);
        // "1 post hits top 5 in Hacker News": how the work is received, not how much of it there is.
        head.perOthers = head.perOthers || next.isAny(AnyResultVerb);
    }
    return head;
}

// "The number counts the team's own work (blog posts)…": the head noun as written, so the sentence around it reads
// right; a phrase the analysis could not read as a noun is not named.
CoachFlag ownWorkFlag(const CoachText &text, const Head &head, const CoachLexicon &lexicon)
{
    if (head.index < 0 || !text.item(head.index).isAny(AnyNoun))
        return CoachMessages::countsOwnTasks({});
    QString work = text.span(head.index, head.index);
    // "Feature" opening the key result: lower case inside the sentence, but "SDRs", "LinkedIn posts" as written.
    if (work.size() > 1 && work.at(0).isUpper() && work.at(1).isLower() && head.index == text.contentStart())
        work[0] = work.at(0).toLower();
    return CoachMessages::countsOwnTasks(work, lexicon.isPluralForm(text.item(head.index).text));
}

// A template's numbers still to be written: "from X to Y", "$N", "by x%", "to TBD".
struct NumberPlaceholders {
    QStringList words; // as written
    int firstLead = -1; // the "from", "by", "$"... before the first one
    int last = -1;

    // What the numbers will measure: the words between the verb and the first placeholder ("lower churn by x%"), or
    // those after the last one ("Achieve $N net new ARR").
    QString measure(const CoachText &text, int verb) const
    {
        const int first = std::max(verb + 1, text.contentStart());
        if (firstLead > first)
            return text.span(first, firstLead - 1);
        return last + 1 < text.size() ? text.span(last + 1, text.size() - 1) : QString();
    }
};

NumberPlaceholders numberPlaceholders(const CoachText &text)
{
    constexpr WordRoles NumberLeads = roleBit(WordRole::From) | roleBit(WordRole::To) | roleBit(WordRole::By) |
                                      roleBit(WordRole::Arrow) | roleBit(WordRole::AtLeast) |
                                      roleBit(WordRole::AtMost) | roleBit(WordRole::Currency) | roleBit(WordRole::Of);
    constexpr WordRoles NumberUnits = roleBit(WordRole::Percent) | roleBit(WordRole::Currency);
    NumberPlaceholders found;
    for (int i = text.contentStart(); i < text.size(); ++i) {
        if (!text.item(i).is(WordRole::Placeholder))
            continue;
        const bool afterLead = i > 0 && text.item(i - 1).isAny(NumberLeads);
        const bool beforeUnit = i + 1 < text.size() && text.item(i + 1).isAny(NumberUnits);
        // "N benchmarks", "X new customers": a count still to be written.
        const bool beforeCounted =
            i + 1 < text.size() && text.item(i + 1).isAny(AnyNoun | roleBit(WordRole::Newness));
        if (!afterLead && !beforeUnit && !beforeCounted)
            continue;
        if (found.words.isEmpty()) {
            found.firstLead = afterLead ? i - 1 : i;
            if (afterLead && found.firstLead > 0 && text.item(found.firstLead).is(WordRole::Currency) &&
                text.item(found.firstLead - 1).isAny(NumberLeads & ~roleBit(WordRole::Currency)))
                --found.firstLead; // "from $X"
        }
        found.words.append(text.span(i, i));
        found.last = beforeUnit ? i + 1 : i;
    }
    return found;
}

// A key result that can only be done or not done: "go live", "by Friday", "in place".
bool hasMilestone(const CoachText &text)
{
    for (int i = text.contentStart(); i < text.size(); ++i) {
        const TextItem &item = text.item(i);
        if (item.is(WordRole::Milestone))
            return true;
        if (item.is(WordRole::DeadlineLead) && i + 1 < text.size()) {
            const TextItem &next = text.item(i + 1);
            const int quantity = text.quantityAt(i + 1);
            if (next.is(WordRole::DeadlineWord) || (quantity >= 0 && text.quantities()[quantity].ignorable))
                return true;
        }
    }
    return false;
}

// "Launch a referral programme to grow sign-ups from 200 to 400": an output serving a stated outcome.
bool hasOutcomeClause(const CoachText &text, int verb)
{
    // Only whether a measure follows the clause matters: the last one's place, found once, keeps this linear.
    int lastMeasure = -1;
    for (const Quantity &q : text.quantities()) {
        if (q.isMetric && !q.ignorable)
            lastMeasure = q.firstItem;
    }
    // "Analyze which accounts…": a clause right after the verb is its object, not what the work leads to.
    for (int i = verb + 2; i + 1 < text.size() && i < lastMeasure; ++i) {
        const TextItem &item = text.item(i);
        if (!item.is(WordRole::Purpose))
            continue;
        // "so that it is used for 80% of new designs": what others then do is the result too.
        int next = i + 1;
        while (next < text.size() &&
               text.item(next).isAny(roleBit(WordRole::Determiner) | roleBit(WordRole::ClauseFiller)) &&
               !text.item(next).isAny(OutcomeVerbs))
            ++next;
        const bool resultFollows =
            next < text.size() && text.item(next).isAny(OutcomeVerbs | roleBit(WordRole::ByOthers));
        if (resultFollows || item.text.contains(u' '))
            return true;
    }
    return false;
}

// "100% of releases ship on time": the share of the team's own work that meets a standard is its reliability, a
// result; the count of that work is not.
bool meetsQualityBar(const CoachText &text)
{
    bool share = false;
    bool timeLimit = false; // "reviewed within 24 hours"
    for (const Quantity &q : text.quantities()) {
        share = share || (!q.ignorable && q.unit == MeasureUnit::Percent);
        timeLimit = timeLimit || (q.unit == MeasureUnit::Time && q.comparator == Quantity::Comparator::AtMost);
    }
    if (!share)
        return false;
    if (timeLimit)
        return true;
    for (int i = text.contentStart(); i < text.size(); ++i) {
        if (text.item(i).is(WordRole::QualityBar))
            return true;
    }
    return false;
}

// "Deliver 95% of orders on time": a share of something others do is a rate, whatever the verb.
bool isRateOverMeasured(const CoachText &text, const CoachLexicon &lexicon)
{
    for (const Quantity &q : text.quantities()) {
        if (q.ignorable || q.unit != MeasureUnit::Percent || q.lastItem + 1 >= text.size())
            continue;
        if (!text.item(q.lastItem + 1).is(WordRole::Of))
            continue;
        const Head head = headOf(text, lexicon, q.lastItem + 2, text.size() - 1);
        if ((head.measured() && !head.countsOwnWork()) || head.roles & roleBit(WordRole::Attainment))
            return true;
    }
    return false;
}

// "Ship the app with a 4.5+ star rating", "Produce 2 webinars with 500 registrants": an output with the result it
// must bring, which is what the number measures.
bool hasAttachedResult(const CoachText &text, const CoachLexicon &lexicon)
{
    for (const Quantity &q : text.quantities()) {
        if (q.ignorable)
            continue;
        int before = q.firstItem - 1;
        while (before > text.contentStart() && text.item(before).is(WordRole::Determiner))
            --before;
        if (before <= text.contentStart() || !text.item(before).is(WordRole::ResultAttached))
            continue;
        const Head head = headOf(text, lexicon, q.lastItem + 1, text.size() - 1);
        const bool people = head.roles & roleBit(WordRole::Person);
        if (q.unit == MeasureUnit::Rating || (head.measured() && !people && !head.countsOwnWork()))
            return true;
    }
    return false;
}

// "Each member devotes 2 days per milestone", "Engineers spend 20% of their time on…": time put in, written with the
// organisation's own people as its subject. The input verb's place, or -1.
int inputVerbAfterSubject(const CoachText &text)
{
    constexpr int LongestSubject = 7; // "Subjectively, Finance and Legal teams are spending"
    bool ours = false;
    for (int i = text.contentStart(); i < text.size() && i <= text.contentStart() + LongestSubject; ++i) {
        const TextItem &item = text.item(i);
        if (item.kind == TextItem::Kind::Symbol && item.text == u",")
            continue;
        if (item.kind != TextItem::Kind::Word)
            return -1;
        if (ours && item.is(WordRole::InputVerb)) {
            // "Each team's budget…": a possessive names whose thing follows, not who acts.
            const QStringView before = text.item(i - 1).text; // ours: a word came before
            const bool possessive = before.endsWith(u"'s") || before.endsWith(u"’s") || before.endsWith(u"s'");
            return possessive ? -1 : i;
        }
        ours = ours || item.isAny(roleBit(WordRole::Insider) | roleBit(WordRole::Per));
    }
    return -1;
}

bool measureIsNew(const CoachText &text, const ParsedMetric &parsed)
{
    for (int i = std::max(0, parsed.measureFirst - 2); i >= 0 && i <= parsed.measureLast; ++i) {
        if (text.item(i).is(WordRole::Newness))
            return true;
    }
    return false;
}

QString formatValue(double value, const Metric &metric)
{
    const QString number = QString::number(value, 'g', 12);
    if (metric.unit == MeasureUnit::Currency)
        return metric.unitLabel + QLatin1Char(' ') + number;
    if (metric.unitLabel.isEmpty())
        return number;
    const bool attached =
        metric.unitLabel.startsWith(QLatin1Char('/')) || metric.unitLabel == u"%" || metric.unitLabel == u"x";
    if (attached)
        return number + metric.unitLabel;
    return number + QLatin1Char(' ') + metric.unitLabel;
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

Coach::Coach(const CoachLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

int Coach::leadingVerb(const CoachText &text) const
{
    int i = text.contentStart();
    while (i < text.size() &&
           ((text.item(i).is(WordRole::Determiner) && !text.item(i).isAny(AnyVerb)) || isPunctuation(text.item(i))))
        ++i;
    if (i >= text.size())
        return -1;
    const TextItem &item = text.item(i);
    if (item.kind != TextItem::Kind::Word || !item.isAny(AnyVerb))
        return inputVerbAfterSubject(text);
    // "Launches" is a noun here; imperatives and gerunds lead key results.
    if (!item.is(WordRole::BaseVerb) && m_lexicon.isNonImperativeForm(item.text))
        return -1;
    // "Test coverage from 40% to 80%", "Open rate above 30%": a compound noun, not an imperative; but "Prioritize
    // accounts…" and "Complete user research…" have the verb's object after it.
    if (!item.isAny(OutcomeVerbs | roleBit(WordRole::LightVerb)) && i + 1 < text.size() &&
        text.item(i + 1).is(WordRole::MeasuredNoun) && !m_lexicon.isPluralForm(text.item(i + 1).text) &&
        !(i + 2 < text.size() && text.item(i + 2).isAny(AnyNoun)) && text.hasMetricQuantity())
        return -1;
    return i;
}

KeyResultReview Coach::reviewKeyResult(QStringView input, const KeyResultContext &context) const
{
    const CoachText text(input, m_lexicon);
    const int verb = leadingVerb(text);
    const ParsedMetric parsed = MetricParser::parse(text, verb);

    KeyResultReview review;
    review.metric = parsed.metric;
    review.verdict = verdictFor(text, verb, parsed, review.flags);
    if (review.verdict != KeyResultVerdict::Outcome)
        return review;

    const Metric &metric = review.metric;
    const bool changes = metric.kind == KeyResultKind::Increase || metric.kind == KeyResultKind::Decrease;
    const bool targetOnly = parsed.pattern == ParsedMetric::Pattern::To ||
                            parsed.pattern == ParsedMetric::Pattern::Bare ||
                            parsed.pattern == ParsedMetric::Pattern::Threshold;
    // A stored start value says where it starts as well as the text would: progress can be computed.
    if (changes && targetOnly && !metric.start && !context.start && !metric.relative && !measureIsNew(text, parsed))
        review.flags.append(CoachMessages::missingBaseline(formatValue(*metric.target, metric)));
    if (context.current && metric.target && !metric.relative) {
        const bool achieved = (metric.kind == KeyResultKind::Increase && *context.current >= *metric.target) ||
                              (metric.kind == KeyResultKind::Decrease && *context.current <= *metric.target);
        if (achieved)
            review.flags.append(CoachMessages::alreadyAchieved(*context.current, *metric.target));
    }
    if (metric.target && !metric.relative && !context.kpis.isEmpty()) {
        const QString measure = normalized(metric.measure);
        const QStringList measureWords = measure.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const KpiTarget &kpi : context.kpis) {
            if (!sameValue(kpi.target, *metric.target))
                continue;
            const QStringList kpiWords = normalized(kpi.name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool shared = std::any_of(kpiWords.cbegin(), kpiWords.cend(), [&](const QString &word) {
                return word.size() > 2 && measureWords.contains(word);
            });
            if (shared) {
                review.flags.append(CoachMessages::restatesKpi(kpi));
                break;
            }
        }
    }
    return review;
}

KeyResultVerdict Coach::verdictFor(const CoachText &text, int verb, const ParsedMetric &parsed,
                                   QList<CoachFlag> &flags) const
{
    const bool hasNumber = parsed.metric.target.has_value();
    // "Grow the newsletter from 5k to 12k subscribers": a noun right after the target is what is counted.
    Head head = headOf(text, m_lexicon, parsed.measureFirst, parsed.measureLast);
    if (!head.measured() && parsed.targetLast >= 0 && parsed.targetLast + 1 < text.size() &&
        text.item(parsed.targetLast + 1).isAny(AnyNoun))
        head = headOf(text, m_lexicon, parsed.targetLast + 1, text.size() - 1);
    const WordRoles verbRoles = verb >= 0 ? text.item(verb).roles : 0;
    // "Make videos", "Get a list of leads": a light verb is an output when its object is the team's own work.
    const bool lightVerbOnWork =
        (verbRoles & roleBit(WordRole::LightVerb)) && (head.ownTask() || head.deliverable()) && !head.measured();
    const bool outputVerb =
        ((verbRoles & roleBit(WordRole::OutputVerb)) && !(verbRoles & OutcomeVerbs)) || lightVerbOnWork;

    if (outputVerb) {
        const bool input = verbRoles & roleBit(WordRole::InputVerb);
        if (hasNumber && !input &&
            (hasOutcomeClause(text, verb) || isRateOverMeasured(text, m_lexicon) || hasAttachedResult(text, m_lexicon)))
            return KeyResultVerdict::Outcome;
        flags.append(CoachMessages::outputVerb(text.span(verb, verb), text.span(text.contentStart(), text.size() - 1)));
        // Time or money put in is counted in days or euros, not in the tasks it goes to.
        if (hasNumber && !input && (head.ownTask() || head.deliverable()) && !head.measured())
            flags.append(ownWorkFlag(text, head, m_lexicon));
        if (!hasNumber) {
            flags.append(CoachMessages::noNumber({}, false));
            if (hasMilestone(text))
                flags.append(CoachMessages::binary());
        }
        return KeyResultVerdict::Output;
    }
    if (hasNumber) {
        if (head.countsOwnWork() && !isRateOverMeasured(text, m_lexicon) && !meetsQualityBar(text)) {
            flags.append(ownWorkFlag(text, head, m_lexicon));
            return KeyResultVerdict::Output;
        }
        return KeyResultVerdict::Outcome;
    }
    // A template still to be filled in ("from X to Y", "$N net new ARR") is shaped as an outcome: say what is missing.
    if (const NumberPlaceholders placeholders = numberPlaceholders(text); !placeholders.words.isEmpty()) {
        flags.append(CoachMessages::placeholderNumbers(placeholders.words.join(QStringLiteral(", ")),
                                                       placeholders.measure(text, verb)));
        // "N benchmarks": whatever number is written, it will count the team's own work.
        if (head.countsOwnWork()) {
            flags.append(ownWorkFlag(text, head, m_lexicon));
            return KeyResultVerdict::Output;
        }
        return KeyResultVerdict::Outcome;
    }
    flags.append(CoachMessages::noNumber(parsed.metric.measure, head.measured()));
    if (hasMilestone(text)) {
        flags.append(CoachMessages::binary());
        return KeyResultVerdict::Output;
    }
    // Without a number, a deliverable is a task ("Get a list of outbound leads"), anything else a wish.
    if ((head.deliverable() || head.ownTask()) && !head.measured() && verb < 0)
        return KeyResultVerdict::Output;
    return KeyResultVerdict::Vague;
}

ObjectiveReview Coach::reviewObjective(QStringView input) const
{
    const CoachText text(input, m_lexicon);
    ObjectiveReview review;
    int i = text.contentStart();
    while (i < text.size() && text.item(i).is(WordRole::Determiner) && !text.item(i).isAny(AnyVerb))
        ++i;
    const bool taskVerb =
        i < text.size() && text.item(i).is(WordRole::ObjectiveTaskVerb) &&
        (text.item(i).is(WordRole::BaseVerb) || !m_lexicon.isNonImperativeForm(text.item(i).text)) &&
        !(i + 1 < text.size() && text.item(i + 1).is(WordRole::MeasuredNoun) && text.hasMetricQuantity());
    // "Increase conversion from X to Y": a metric still to be filled in is a metric too; "Double the MRR" and "Grow
    // ACV according to plan" name their number in words.
    bool attainment = false; // "according to plan", "110% of plan"; not "hiring plans"
    for (int k = i + 1; k < text.size(); ++k) {
        attainment = attainment || (text.item(k).is(WordRole::Attainment) &&
                                    text.item(k - 1).isAny(roleBit(WordRole::Of) | roleBit(WordRole::To)));
    }
    const bool multiplierVerb = i < text.size() && text.item(i).is(WordRole::Multiplier);
    // "Net new ARR": a measure named without a verb or a direction is the number to hit.
    bool bareMeasure = i < text.size();
    for (int k = i; k < text.size() && bareMeasure; ++k) {
        const TextItem &item = text.item(k);
        bareMeasure = item.isAny(AnyNoun | roleBit(WordRole::Newness) | roleBit(WordRole::Quantifier)) &&
                      !item.isAny(AnyVerb);
    }
    bareMeasure = bareMeasure && headOf(text, m_lexicon, i, text.size() - 1).measured();
    const bool metric = text.hasMetricQuantity() || !numberPlaceholders(text).words.isEmpty() || multiplierVerb ||
                        attainment || bareMeasure;
    bool isTask = taskVerb;
    if (taskVerb && text.item(i).is(WordRole::ObjectiveObjectDecides)) {
        // "Build a dashboard" is a project, "Build a predictable sales engine" a direction; "Design, create and
        // launch a feature" is a project through its other verb.
        // The verbs joined to it come before their shared object ("Design, create and launch a feature"); a verb
        // later on is the object's ("a world-class support team").
        constexpr WordRoles TaskVerbs = roleBit(WordRole::ObjectiveTaskVerb) | roleBit(WordRole::OutputVerb);
        int objectStart = i + 1;
        bool otherTaskVerb = false;
        while (objectStart < text.size() &&
               (text.item(objectStart).is(WordRole::Conjunction) ||
                (text.item(objectStart - 1).is(WordRole::Conjunction) &&
                 text.item(objectStart).isAny(AnyVerb | TaskVerbs)))) {
            const TextItem &joined = text.item(objectStart++);
            otherTaskVerb =
                otherTaskVerb || (joined.isAny(TaskVerbs) && !joined.is(WordRole::ObjectiveObjectDecides));
        }
        const Head object = headOf(text, m_lexicon, objectStart, text.size() - 1);
        // "Build a world-class support team": a quality to reach, not a thing to make.
        bool aspiration = false;
        for (int k = objectStart; k <= object.index; ++k)
            aspiration = aspiration || text.item(k).is(WordRole::Aspiration);
        const bool product = object.roles & roleBit(WordRole::Product);
        isTask = (object.ownTask() || object.deliverable() || product || otherTaskVerb) && (!aspiration || product);
    }
    if (isTask) {
        review.verdict = ObjectiveVerdict::Task;
        review.flags.append(CoachMessages::objectiveIsTask(text.span(i, i)));
    } else if (!(i < text.size() && text.item(i).isAny(AnyVerb)) && hasMilestone(text)) {
        review.verdict = ObjectiveVerdict::Task; // "New pricing page live by March"
        review.flags.append(CoachMessages::objectiveIsTask(text.span(i, text.size() - 1)));
    }
    if (metric) {
        if (review.verdict == ObjectiveVerdict::Good)
            review.verdict = ObjectiveVerdict::Metric;
        review.flags.append(CoachMessages::objectiveHasMetric());
    }
    return review;
}

Metric Coach::parseMetric(QStringView input) const
{
    const CoachText text(input, m_lexicon);
    return MetricParser::parse(text, leadingVerb(text)).metric;
}

QString Coach::normalized(QStringView input) const
{
    const CoachText text(input, m_lexicon);
    QString result;
    for (int i = text.contentStart(); i < text.size(); ++i) {
        const TextItem &item = text.item(i);
        if (isPunctuation(item) || item.is(WordRole::Determiner))
            continue;
        if (!result.isEmpty())
            result += QLatin1Char(' ');
        if (item.kind == TextItem::Kind::Number)
            result += QString::number(item.number, 'g', 12);
        else
            result += item.text;
    }
    return result;
}

KeyResultIdentity Coach::keyResultIdentity(QStringView text) const
{
    const Metric metric = parseMetric(text);
    return {normalized(text), metric.kind, metric.measure.isEmpty() ? QString() : normalized(metric.measure)};
}

QList<CoachFlag> Coach::reviewKeyResultSet(const QStringList &keyResultTexts) const
{
    return PlanChecks(*this).keyResultSet(keyResultTexts);
}

QList<PlanFinding> Coach::reviewPlan(const CyclePlan &plan) const
{
    return PlanChecks(*this).plan(plan);
}
