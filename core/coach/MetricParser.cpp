#include "coach/MetricParser.h"

#include <QStringList>

namespace {

constexpr WordRoles SkippedBeforeMeasure =
    roleBit(WordRole::Determiner) | roleBit(WordRole::Of) | roleBit(WordRole::Selection);
constexpr WordRoles SkippedAfterMeasure =
    roleBit(WordRole::Determiner) | roleBit(WordRole::Boundary) | roleBit(WordRole::Of) | roleBit(WordRole::Purpose);

bool isPunctuation(const TextItem &item)
{
    return item.kind == TextItem::Kind::Symbol &&
           !item.isAny(roleBit(WordRole::Percent) | roleBit(WordRole::Currency)) && item.text != u"-" &&
           item.text != u"/" && item.text != u"&";
}

// Writes `from` in the unit of `to`: "2 hrs" beside "30 min" becomes 120 (min); "1.5" beside "2M" becomes 1.5M.
double inUnitOf(const Quantity &from, const Quantity &to, const CoachText &text)
{
    if (from.unit == MeasureUnit::Time && to.unit == MeasureUnit::Time && to.secondsPerUnit > 0)
        return from.value * from.secondsPerUnit / to.secondsPerUnit;
    if (to.hasMagnitude && !from.hasMagnitude) {
        const double magnitude = to.value / text.item(to.numberItem).number;
        if (from.value * magnitude <= to.value * 1000 && from.value < to.value / 100)
            return from.value * magnitude;
    }
    return from.value;
}

// The quantity that starts right after an item, when it is a measure.
const Quantity *quantityAfter(const CoachText &text, int item)
{
    const Quantity *q = text.quantityStartingAt(item + 1);
    return q && !q->ignorable ? q : nullptr;
}

void takeUnit(Metric &metric, const Quantity &q)
{
    metric.unit = q.unit;
    metric.unitLabel = q.label;
}

// A word that can name what a number counts or where it stands ("sessions", "page"), or the "/" or "per" of a rate
// ("/month"): no word that links or scopes.
bool isUnitWord(const CoachText &text, int item)
{
    if (item >= text.size())
        return false;
    const TextItem &word = text.item(item);
    if (word.is(WordRole::Per))
        return true;
    constexpr WordRoles Linking = roleBit(WordRole::From) | roleBit(WordRole::To) | roleBit(WordRole::Arrow) |
                                  roleBit(WordRole::Boundary) | roleBit(WordRole::Determiner) |
                                  roleBit(WordRole::Of) | roleBit(WordRole::Purpose);
    return word.kind == TextItem::Kind::Word && !word.isAny(Linking);
}

// The same words at `first` and at `again`, `count` of them: "sessions/week" after the start and after the target.
bool repeated(const CoachText &text, int first, int again, int count)
{
    for (int k = 0; k < count; ++k) {
        if (again + k >= text.size() || text.item(first + k).text != text.item(again + k).text)
            return false;
    }
    return true;
}

// The words, with a rate's "/" said as "per": "sessions per week".
QString wordsOf(const CoachText &text, int first, int count)
{
    QStringList words;
    for (int k = first; k < first + count; ++k)
        words.append(text.item(k).is(WordRole::Per) ? QStringLiteral("per") : text.item(k).text.toString());
    return words.join(u' ');
}

// Both ends of "from X to Y" share what is written around them: a word before ("from page 2 to page 1") or after
// ("from 20/month to 5/month", "from 3.2 sessions/week to 5 sessions/week"). It is their unit, or part of it.
void addSharedUnit(Quantity &quantity, const QString &shared)
{
    if (shared.isEmpty())
        return;
    quantity.label = quantity.label.isEmpty() ? shared : quantity.label + u' ' + shared;
}

} // namespace

ParsedMetric MetricParser::parse(const CoachText &text, int verbItem)
{
    ParsedMetric parsed;
    Metric &metric = parsed.metric;
    const int firstItem = std::max(verbItem + 1, text.contentStart());

    // "from X to Y", "X -> Y", "X to Y": the start and target are both written.
    for (int i = firstItem; i < text.size() && parsed.pattern == ParsedMetric::Pattern::None; ++i) {
        const TextItem &item = text.item(i);
        const Quantity *start = nullptr;
        int anchor = i;
        int labelWord = -1; // "from page 2 to page 1"
        if (item.is(WordRole::From)) {
            start = quantityAfter(text, i);
            if (!start && isUnitWord(text, i + 1) && !text.item(i + 1).is(WordRole::Per)) {
                start = quantityAfter(text, i + 1);
                labelWord = start ? i + 1 : -1;
            }
        } else if (const Quantity *here = text.quantityStartingAt(i); here && !here->ignorable) {
            start = here;
        }
        if (!start)
            continue;
        constexpr int MostUnitWords = 3; // "sessions / week"
        int link = start->lastItem + 1;
        while (link - start->lastItem <= MostUnitWords && isUnitWord(text, link))
            ++link;
        const int unitWords = link - start->lastItem - 1;
        if (link >= text.size() || !text.item(link).isAny(roleBit(WordRole::To) | roleBit(WordRole::Arrow)))
            continue;
        if (labelWord >= 0 && !repeated(text, labelWord, link + 1, 1))
            continue;
        const Quantity *target = quantityAfter(text, labelWord >= 0 ? link + 1 : link);
        if (!target || !repeated(text, start->lastItem + 1, target->lastItem + 1, unitWords))
            continue;
        Quantity from = *start;
        Quantity to = *target;
        const QString shared = labelWord >= 0 ? text.item(labelWord).text.toString()
                                              : wordsOf(text, start->lastItem + 1, unitWords);
        addSharedUnit(from, shared);
        addSharedUnit(to, shared);
        if (from.unit == MeasureUnit::Number && from.label.isEmpty()) {
            from.unit = to.unit;
            from.label = to.label;
            from.secondsPerUnit = to.secondsPerUnit;
        } else if (to.unit == MeasureUnit::Number && to.label.isEmpty()) {
            to.unit = from.unit;
            to.label = from.label;
            to.secondsPerUnit = from.secondsPerUnit;
        }
        metric.start = inUnitOf(from, to, text);
        metric.target = to.value;
        takeUnit(metric, to);
        if (*metric.target > *metric.start)
            metric.kind = KeyResultKind::Increase;
        else if (*metric.target < *metric.start)
            metric.kind = KeyResultKind::Decrease;
        else
            metric.kind =
                to.comparator == Quantity::Comparator::AtMost ? KeyResultKind::KeepBelow : KeyResultKind::KeepAbove;
        parsed.pattern = ParsedMetric::Pattern::FromTo;
        parsed.targetLast = target->lastItem + unitWords;
        measureSpan(text, verbItem, anchor, target, parsed);
    }
    if (parsed.pattern != ParsedMetric::Pattern::None)
        return parsed;

    // One value: the first measure after a "by", a "to", a comparator, or on its own.
    const Quantity *primary = nullptr;
    for (const Quantity &q : text.quantities()) {
        if (q.isMetric && !q.ignorable && q.firstItem >= firstItem) {
            primary = &q;
            break;
        }
    }
    if (!primary) {
        // "Double the number of trial sign-ups": the verb is the number.
        if (verbItem >= 0 && text.item(verbItem).is(WordRole::Multiplier)) {
            metric.target = text.item(verbItem).entry->value;
            metric.unitLabel = QStringLiteral("x");
            metric.relative = true;
            metric.kind = *metric.target >= 1 ? KeyResultKind::Increase : KeyResultKind::Decrease;
            parsed.pattern = ParsedMetric::Pattern::Multiplier;
        }
        measureSpan(text, verbItem, text.size(), nullptr, parsed);
        return parsed;
    }
    const int before = primary->firstItem - 1;
    const TextItem *lead = before >= 0 ? &text.item(before) : nullptr;
    int anchor = primary->firstItem;
    if (lead && lead->is(WordRole::By)) {
        parsed.pattern = ParsedMetric::Pattern::By;
        metric.relative = true;
        anchor = before;
    } else if (lead && lead->is(WordRole::To)) {
        parsed.pattern = ParsedMetric::Pattern::To;
        anchor = before;
    } else if (primary->comparator != Quantity::Comparator::None) {
        parsed.pattern = ParsedMetric::Pattern::Threshold;
    } else {
        parsed.pattern = ParsedMetric::Pattern::Bare;
        // "+15%", "3x", "twice": against wherever it starts, which needs no baseline written.
        metric.relative = primary->sign != 0 || primary->label == u"x";
    }
    metric.target = primary->value;
    parsed.targetLast = primary->lastItem;
    takeUnit(metric, *primary);
    measureSpan(text, verbItem, anchor, primary, parsed);
    metric.kind = kindFor(text, verbItem, *primary, parsed.measureFirst, parsed.measureLast);

    // "Grow MRR to $80k, up from $50k": a start written after the target.
    for (int i = primary->lastItem + 1; i < text.size(); ++i) {
        if (!text.item(i).is(WordRole::From))
            continue;
        if (const Quantity *start = quantityAfter(text, i)) {
            Quantity from = *start;
            if (from.unit == MeasureUnit::Number && from.label.isEmpty())
                from.unit = primary->unit;
            if (from.unit == primary->unit) {
                metric.start = inUnitOf(from, *primary, text);
                metric.relative = false;
                if (*metric.start != *metric.target)
                    metric.kind = *metric.target > *metric.start ? KeyResultKind::Increase : KeyResultKind::Decrease;
            }
            break;
        }
    }
    return parsed;
}

KeyResultKind MetricParser::kindFor(const CoachText &text, int verbItem, const Quantity &target, int measureFirst,
                                    int measureLast)
{
    if (target.sign != 0)
        return target.sign > 0 ? KeyResultKind::Increase : KeyResultKind::Decrease;
    WordRoles verb = verbItem >= 0 ? text.item(verbItem).roles : 0;
    if (!(verb & (AnyResultVerb | roleBit(WordRole::VagueVerb)))) {
        // A verb later in the text still tells the direction: "Churn reduced to 2%".
        for (int i = text.contentStart(); i < text.size(); ++i) {
            if (text.item(i).isAny(AnyResultVerb)) {
                verb = text.item(i).roles;
                break;
            }
        }
    }
    bool lowerIsBetter = false;
    for (int i = measureFirst; i >= 0 && i <= measureLast; ++i)
        lowerIsBetter = lowerIsBetter || text.item(i).is(WordRole::LowerIsBetter);

    const bool atMost = target.comparator == Quantity::Comparator::AtMost;
    const bool atLeast = target.comparator == Quantity::Comparator::AtLeast;
    if (verb & roleBit(WordRole::DecreaseVerb))
        return KeyResultKind::Decrease;
    if (verb & roleBit(WordRole::IncreaseVerb))
        return atMost ? KeyResultKind::Decrease : KeyResultKind::Increase;
    if (verb & roleBit(WordRole::MaintainVerb))
        return atMost || (lowerIsBetter && !atLeast) ? KeyResultKind::KeepBelow : KeyResultKind::KeepAbove;
    if (verb & roleBit(WordRole::VagueVerb))
        return atMost || (lowerIsBetter && !atLeast) ? KeyResultKind::Decrease : KeyResultKind::Increase;
    if (atMost)
        return KeyResultKind::KeepBelow;
    if (atLeast)
        return KeyResultKind::KeepAbove;
    return lowerIsBetter ? KeyResultKind::Decrease : KeyResultKind::Increase;
}

void MetricParser::measureSpan(const CoachText &text, int verbItem, int anchorItem, const Quantity *primary,
                               ParsedMetric &parsed)
{
    // Before the numbers: "Increase [German MQLs] from 300 to 500".
    int first = std::max(verbItem + 1, text.contentStart());
    int last = anchorItem - 1;
    while (first <= last && (text.item(first).isAny(SkippedBeforeMeasure) || isPunctuation(text.item(first)) ||
                             text.quantityAt(first) >= 0))
        ++first;
    while (last >= first && (text.item(last).isAny(SkippedAfterMeasure) || isPunctuation(text.item(last))))
        --last;
    // "Enroll 500 students": a lone unknown word before the number is a verb the lexicon does not know.
    const bool unknownVerb = verbItem < 0 && first == last && text.item(first).roles == 0;
    const bool hasWords = !unknownVerb && [&] {
        for (int i = first; i <= last; ++i) {
            if (text.item(i).kind == TextItem::Kind::Word && !text.item(i).isAny(AnyVerb & ~AnyResultVerb))
                return true;
        }
        return false;
    }();
    if (!hasWords && primary) {
        // After the numbers: "Get 10,000 [new followers on Instagram]", "+15% [customer retention]".
        first = primary->lastItem + 1;
        while (first < text.size() &&
               (text.item(first).isAny(SkippedBeforeMeasure | AnyResultVerb | roleBit(WordRole::Boundary)) ||
                isPunctuation(text.item(first))))
            ++first;
        last = first - 1;
        for (int i = first; i < text.size(); ++i) {
            const TextItem &item = text.item(i);
            const bool stop = isPunctuation(item) || text.quantityAt(i) >= 0 || item.is(WordRole::By) ||
                              item.is(WordRole::Purpose) || item.text == u"with" || item.text == u"within" ||
                              item.is(WordRole::DeadlineWord);
            if (stop)
                break;
            last = i;
        }
        while (last >= first && (text.item(last).isAny(SkippedAfterMeasure) || isPunctuation(text.item(last))))
            --last;
    }
    if (first > last) {
        parsed.measureFirst = parsed.measureLast = -1;
        return;
    }
    parsed.measureFirst = first;
    parsed.measureLast = last;
    parsed.metric.measure = text.span(first, last);
}
