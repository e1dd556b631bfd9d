#include "coach/CoachText.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

bool isGroupSpace(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isDigit();
}

// Characters that join two word characters into one word: sign-up, competitor's, time-to-first-call.
bool isWordJoiner(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('_');
}

// Symbols of more than one character, longest first.
constexpr QStringView multiCharSymbols[] = {u"-->", u"->", u"=>", u">=", u"<=", u"—>"};

// Reads "10,000", "1.5", "2,75", "1.234.567,8" or "10 000" (with a no-break space) as a value.
// `thousandsLikely`: no percent sign follows, so "10.000" is ten thousand (but "99.999%" stays a decimal).
double parseNumber(QStringView digits, bool thousandsLikely, bool *hadSeparators)
{
    const qsizetype lastComma = digits.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = digits.lastIndexOf(QLatin1Char('.'));
    const auto groupsOfThreeAfter = [&](QChar separator) {
        qsizetype run = 0;
        bool sawSeparator = false;
        for (QChar c : digits) {
            if (c == separator || isGroupSpace(c)) {
                if (sawSeparator && run != 3)
                    return false;
                sawSeparator = true;
                run = 0;
            } else {
                ++run;
            }
        }
        return sawSeparator && run == 3;
    };
    QChar decimal = QLatin1Char('.');
    if (lastComma >= 0 && lastDot >= 0)
        decimal = lastComma > lastDot ? QLatin1Char(',') : QLatin1Char('.');
    else if (lastComma >= 0)
        decimal = groupsOfThreeAfter(QLatin1Char(',')) ? QLatin1Char('.') : QLatin1Char(',');
    else if (lastDot >= 0 && groupsOfThreeAfter(QLatin1Char('.')) &&
             (digits.count(QLatin1Char('.')) > 1 || (thousandsLikely && !digits.startsWith(u'0'))))
        decimal = QLatin1Char(','); // "1.000.000"; "10.000 users" where three decimals would make no sense

    double integerPart = 0.0;
    double fraction = 0.0;
    double scale = 0.1;
    bool inFraction = false;
    *hadSeparators = false;
    for (QChar c : digits) {
        if (c.isDigit()) {
            if (inFraction) {
                fraction += scale * c.digitValue();
                scale /= 10.0;
            } else {
                integerPart = integerPart * 10.0 + c.digitValue();
            }
        } else {
            *hadSeparators = true;
            if (c == decimal)
                inFraction = true;
        }
    }
    return integerPart + fraction;
}

} // namespace

CoachText::CoachText(QStringView text, const CoachLexicon &lexicon)
    : m_original(text)
{
    // One lower-case copy, character for character, so offsets match the original.
    m_lower.resize(text.size());
    QChar *lower = m_lower.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        lower[i] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : text[i].toLower();
    }
    tokenize(lexicon);
    mergePhrases(lexicon);
    findQuantities(lexicon);
    findContentStart();
    markMetricQuantities();
}

void CoachText::tokenize(const CoachLexicon &lexicon)
{
    const QStringView lower(m_lower);
    const qsizetype length = lower.size();
    qsizetype i = 0;
    bool spaceBefore = true;
    while (i < length) {
        const QChar c = lower[i];
        if (c.isSpace()) {
            spaceBefore = true;
            ++i;
            continue;
        }
        TextItem item;
        item.begin = i;
        item.spaceBefore = spaceBefore;
        spaceBefore = false;
        const bool decimalStart =
            c == QLatin1Char('.') && i + 1 < length && lower[i + 1].isDigit() && (i == 0 || !lower[i - 1].isDigit());
        if (c.isDigit() || decimalStart) {
            qsizetype end = i + 1;
            while (end < length) {
                const QChar d = lower[end];
                const bool separator = d == QLatin1Char(',') || d == QLatin1Char('.') || isGroupSpace(d);
                if (d.isDigit() || (separator && end + 1 < length && lower[end + 1].isDigit()))
                    ++end;
                else
                    break;
            }
            item.kind = TextItem::Kind::Number;
            qsizetype next = end;
            while (next < length && lower[next].isSpace())
                ++next;
            const bool percentFollows = next < length && lower[next] == QLatin1Char('%');
            item.number = parseNumber(lower.sliced(i, end - i), !percentFollows, &item.hadSeparators);
            item.end = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length) {
                const QChar d = lower[end];
                if (isWordChar(d) || (isWordJoiner(d) && end + 1 < length && isWordChar(lower[end + 1])))
                    ++end;
                else
                    break;
            }
            item.kind = TextItem::Kind::Word;
            item.end = end;
        } else {
            item.kind = TextItem::Kind::Symbol;
            item.end = i + 1;
            for (QStringView symbol : multiCharSymbols) {
                if (lower.sliced(i).startsWith(symbol)) {
                    item.end = i + symbol.size();
                    break;
                }
            }
        }
        item.text = lower.sliced(item.begin, item.end - item.begin);
        if (item.kind != TextItem::Kind::Number) {
            item.entry = lexicon.find(item.text);
            item.roles = item.entry ? item.entry->roles : 0;
        }
        m_items.append(item);
        i = item.end;
    }
}

void CoachText::mergePhrases(const CoachLexicon &lexicon)
{
    QString key;
    const int count = int(m_items.size());
    int written = 0; // phrases shrink the list in place
    for (int i = 0; i < count; ++i) {
        TextItem item = m_items[i];
        const int longest = item.entry ? item.entry->longestPhraseWords : 1;
        for (int words = std::min(longest, count - i); words > 1; --words) {
            key.resize(0);
            key += item.text;
            bool numberInside = false;
            for (int k = 1; k < words; ++k) {
                numberInside = numberInside || m_items[i + k].kind == TextItem::Kind::Number;
                key += QLatin1Char(' ');
                key += m_items[i + k].text;
            }
            if (numberInside)
                continue;
            if (const LexiconEntry *phrase = lexicon.find(key)) {
                item.kind = TextItem::Kind::Word;
                item.end = m_items[i + words - 1].end;
                item.text = QStringView(m_lower).sliced(item.begin, item.end - item.begin);
                item.entry = phrase;
                item.roles = phrase->roles;
                i += words - 1;
                break;
            }
        }
        m_items[written++] = item;
    }
    m_items.resize(written);
}

void CoachText::findQuantities(const CoachLexicon &lexicon)
{
    for (int i = 0; i < size(); ++i) {
        const TextItem &item = m_items[i];
        // "one million web visitors"; but "one of our goals", "no regressions" count nothing.
        // "at least one customer": after a comparator too, but "at least one of them" counts nothing.
        const bool numberWord =
            item.is(WordRole::NumberWord) ||
            (item.is(WordRole::ContextNumberWord) &&
             ((i + 1 < size() && m_items[i + 1].is(WordRole::Magnitude) && m_items[i + 1].text.size() > 2) ||
              (i > 0 && m_items[i - 1].isAny(roleBit(WordRole::AtLeast) | roleBit(WordRole::AtMost)) &&
               !(i + 1 < size() && m_items[i + 1].is(WordRole::Of)))));
        // "by half", "one-quarter of the material": a share; "half the team" is none.
        const bool fraction = item.is(WordRole::Fraction) && ((i > 0 && m_items[i - 1].is(WordRole::By)) ||
                                                              (i + 1 < size() && m_items[i + 1].is(WordRole::Of)));
        // "twice as fast", "twice the retention": a multiplier that is not the leading verb ("Double the…"); "twice a
        // week" is a count.
        const bool multiplier = item.is(WordRole::Multiplier) && !item.isAny(AnyVerb);
        const bool frequency = multiplier && i + 2 < size() &&
                               m_items[i + 1].isAny(roleBit(WordRole::Per) | roleBit(WordRole::Determiner)) &&
                               m_items[i + 2].is(WordRole::CalendarUnit);
        if (item.kind != TextItem::Kind::Number && !numberWord && !fraction && !multiplier)
            continue;
        if (!m_quantities.isEmpty() && m_quantities.back().lastItem >= i)
            continue; // the denominator of "8/10", already read
        if (item.kind != TextItem::Kind::Number)
            m_items[i].number = item.entry->value;
        Quantity quantity = readQuantity(i, lexicon);
        if (fraction) {
            quantity.unit = MeasureUnit::Percent;
            quantity.label = QStringLiteral("%");
        } else if (multiplier && !frequency) {
            quantity.label = QStringLiteral("x");
        }
        m_quantities.append(quantity);
        i = quantity.lastItem;
    }
}

Quantity CoachText::readQuantity(int numberIndex, const CoachLexicon &lexicon) const
{
    Quantity q;
    q.firstItem = q.lastItem = q.numberItem = numberIndex;
    const TextItem &number = m_items[numberIndex];
    q.value = number.number;
    const auto attached = [&](int index) { return index < size() && !m_items[index].spaceBefore; };
    const auto symbolIs = [&](int index, QStringView symbol) {
        return index >= 0 && index < size() && m_items[index].kind == TextItem::Kind::Symbol &&
               m_items[index].text == symbol;
    };

    // Before the number: currency, sign, comparator.
    int before = numberIndex - 1;
    if (before >= 0 && m_items[before].is(WordRole::Currency)) {
        q.unit = MeasureUnit::Currency;
        q.label = m_items[before].entry->label;
        q.firstItem = before--;
    }
    if (attached(before + 1) && (symbolIs(before, u"+") || symbolIs(before, u"-"))) {
        q.sign = symbolIs(before, u"+") ? 1 : -1;
        q.firstItem = before--;
    }
    if (before >= 0 && m_items[before].isAny(roleBit(WordRole::AtLeast) | roleBit(WordRole::AtMost)) &&
        !m_items[before].is(WordRole::TrailingComparator)) {
        q.comparator =
            m_items[before].is(WordRole::AtLeast) ? Quantity::Comparator::AtLeast : Quantity::Comparator::AtMost;
        q.firstItem = before--;
    }

    // After the number: magnitude, unit, rating, "+".
    int after = numberIndex + 1;
    const auto itemAt = [&](int index) -> const TextItem * { return index < size() ? &m_items[index] : nullptr; };
    // "40k", "1,5 M", "2 million"; a lone lower-case "m" after a space is more likely a word.
    if (const TextItem *next = itemAt(after);
        next && next->is(WordRole::Magnitude) &&
        (attached(after) || next->text.size() > 2 || m_original[next->begin].isUpper())) {
        q.value *= next->entry->value;
        q.hasMagnitude = true;
        q.lastItem = after++;
    }
    if (const TextItem *next = itemAt(after)) {
        if (next->is(WordRole::Percent)) {
            q.unit = MeasureUnit::Percent;
            q.label = QStringLiteral("%");
            q.lastItem = after++;
        } else if (next->is(WordRole::TimeUnit) && q.unit == MeasureUnit::Number) {
            q.unit = MeasureUnit::Time;
            q.label = next->entry->label;
            q.secondsPerUnit = next->entry->value;
            q.lastItem = after++;
        } else if (next->is(WordRole::Currency)) {
            q.unit = MeasureUnit::Currency;
            q.label = next->entry->label;
            q.lastItem = after++;
        } else if (next->is(WordRole::MultiplierSuffix) && attached(after)) {
            q.label = QStringLiteral("x");
            q.lastItem = after++;
        } else if (next->is(WordRole::OrdinalSuffix) && attached(after)) {
            q.ignorable = true;
            q.lastItem = after++;
        } else if (symbolIs(after, u"/") && after + 1 < size() && m_items[after + 1].kind == TextItem::Kind::Number) {
            const double denominator = m_items[after + 1].number;
            q.lastItem = after + 1;
            after += 2;
            // Compared as numbers: "5/666666666666" does not fit an int, and "8/10.5" is no scale of 10.
            if (lexicon.ratingDenominators().contains(denominator) && q.value <= denominator) {
                q.unit = MeasureUnit::Rating;
                q.label = QStringLiteral("/%1").arg(denominator);
            } else {
                q.ignorable = true; // "24/7", "3/31"
            }
        } else if (next->is(WordRole::RatingWord)) {
            q.unit = MeasureUnit::Rating;
            q.lastItem = after++;
            if (after < size() && m_items[after].kind == TextItem::Kind::Number) { // "9 out of 10"
                q.label = QStringLiteral("/%1").arg(m_items[after].number);
                q.lastItem = after++;
            } else {
                q.label = QStringLiteral("stars");
            }
        } else if (next->is(WordRole::CalendarUnit)) {
            q.lastItem = after++;
        }
    }
    // "in 3 months", "within 2 weeks", "first 30 days": when, not how much.
    if (m_items[q.lastItem].is(WordRole::CalendarUnit) && q.firstItem > 0 &&
        m_items[q.firstItem - 1].is(WordRole::DeadlinePreposition))
        q.ignorable = true;
    // "5-star reviews", "24-hour support": a number inside a compound adjective describes, it does not count.
    if (q.lastItem == numberIndex && attached(after) && symbolIs(after, u"-") && attached(after + 1) &&
        after + 1 < size() && m_items[after + 1].kind == TextItem::Kind::Word) {
        q.ignorable = true;
        q.lastItem = after + 1;
        return q;
    }
    if (attached(after) && symbolIs(after, u"+")) {
        q.comparator = Quantity::Comparator::AtLeast;
        q.lastItem = after++;
    } else if (const TextItem *next = itemAt(after); next && next->is(WordRole::TrailingComparator)) {
        q.comparator =
            next->is(WordRole::AtLeast) ? Quantity::Comparator::AtLeast : Quantity::Comparator::AtMost;
        q.lastItem = after++;
    }

    // Years and days of a month are dates, not measures.
    const bool bareInteger = q.unit == MeasureUnit::Number && !q.hasMagnitude && !number.hadSeparators &&
                             q.label.isEmpty() && q.value == std::floor(q.value) && q.sign == 0;
    const TextItem *previous = q.firstItem > 0 ? &m_items[q.firstItem - 1] : nullptr;
    const TextItem *following = itemAt(q.lastItem + 1);
    const bool nearDeadlineWord =
        (previous && previous->is(WordRole::DeadlineWord)) || (following && following->is(WordRole::DeadlineWord));
    // A year: after "in", "by", "Q3"..., before a month, or before a determiner ("Make 2026 our best year");
    // but "to 2000", "2000 new customers" are counts.
    constexpr WordRoles CountLeads = roleBit(WordRole::From) | roleBit(WordRole::To) | roleBit(WordRole::Arrow) |
                                     roleBit(WordRole::AtLeast) | roleBit(WordRole::AtMost);
    const bool yearContext =
        (previous && previous->isAny(roleBit(WordRole::YearLead) | roleBit(WordRole::DeadlineLead) |
                                     roleBit(WordRole::DeadlineWord))) ||
        (following && following->is(WordRole::DeadlineWord)) ||
        (following && following->is(WordRole::Determiner) && !following->isAny(AnyNoun) &&
         !(previous && previous->isAny(CountLeads)) && q.comparator == Quantity::Comparator::None);
    if (bareInteger && q.value >= lexicon.firstYear() && q.value <= lexicon.lastYear() && yearContext)
        q.ignorable = true;
    if (bareInteger && q.value >= 1 && q.value <= 31 && nearDeadlineWord)
        q.ignorable = true;
    // "#1 in the market", "No. 1": a rank written as a label.
    if (previous && previous->kind == TextItem::Kind::Symbol && previous->text == u"#")
        q.ignorable = true;
    return q;
}

void CoachText::findContentStart()
{
    int start = 0;
    // "KR1:", "Key result 2 -", "O:" labels.
    for (int i = 0; i < std::min(size(), 4); ++i) {
        const TextItem &item = m_items[i];
        if (item.kind == TextItem::Kind::Symbol && (item.text == u":" || item.text == u"-" || item.text == u")")) {
            bool allLabels = true;
            for (int k = 0; k < i; ++k)
                allLabels = allLabels && (m_items[k].is(WordRole::Label) || m_items[k].kind == TextItem::Kind::Number);
            if (allLabels && i > 0)
                start = i + 1;
            break;
        }
    }
    // "1." or "2)" list numbers, bullets and markup.
    if (start == 0 && size() > 2 && m_items[0].kind == TextItem::Kind::Number && !m_items[0].hadSeparators &&
        m_items[1].kind == TextItem::Kind::Symbol && (m_items[1].text == u"." || m_items[1].text == u")"))
        start = 2;
    while (
        start < size() && m_items[start].kind == TextItem::Kind::Symbol &&
        !m_items[start].isAny(roleBit(WordRole::Currency) | roleBit(WordRole::AtLeast) | roleBit(WordRole::AtMost)) &&
        m_items[start].text != u"+" &&
        !(m_items[start].text == u"-" && start + 1 < size() && m_items[start + 1].kind == TextItem::Kind::Number &&
          !m_items[start + 1].spaceBefore))
        ++start;
    m_contentStart = start;
    // A list number read as a quantity is not one.
    for (Quantity &quantity : m_quantities) {
        if (quantity.lastItem < start)
            quantity.ignorable = true;
    }
}

void CoachText::markMetricQuantities()
{
    for (Quantity &q : m_quantities) {
        if (q.ignorable)
            continue;
        const bool hasUnit = q.unit != MeasureUnit::Number || !q.label.isEmpty();
        int previous = q.firstItem - 1;
        while (previous >= m_contentStart &&
               m_items[previous].isAny(roleBit(WordRole::Determiner) | roleBit(WordRole::Newness) |
                                       roleBit(WordRole::Selection)) &&
               !m_items[previous].isAny(roleBit(WordRole::To) | roleBit(WordRole::Boundary)))
            --previous;
        // "for 3 segments", "in 5 countries": a quantity after a preposition scopes the statement.
        const bool scoped =
            previous >= m_contentStart && m_items[previous].is(WordRole::Boundary) &&
            !m_items[previous].isAny(roleBit(WordRole::From) | roleBit(WordRole::To) | roleBit(WordRole::By) |
                                     roleBit(WordRole::Of) | roleBit(WordRole::Arrow));
        // "performance of 2 key services" counts a scope; "a total of 500 customers", "NPS of 50" a measure.
        const bool countedAfterOf = previous >= m_contentStart && m_items[previous].is(WordRole::Of) &&
                                    (previous == m_contentStart || !m_items[previous - 1].is(WordRole::Quantifier)) &&
                                    q.lastItem + 1 < size() && m_items[q.lastItem + 1].kind == TextItem::Kind::Word;
        q.isMetric =
            hasUnit || q.comparator != Quantity::Comparator::None || q.sign != 0 || !(scoped || countedAfterOf);
    }
}

int CoachText::quantityAt(int itemIndex) const
{
    // Quantities are in text order and never overlap: a binary search keeps a long text's checks linear, where a
    // scan of every quantity for every item grew with the square of the text.
    const auto after = std::upper_bound(m_quantities.cbegin(), m_quantities.cend(), itemIndex,
                                        [](int index, const Quantity &q) { return index < q.firstItem; });
    if (after == m_quantities.cbegin() || std::prev(after)->lastItem < itemIndex)
        return -1;
    return int(std::prev(after) - m_quantities.cbegin());
}

const Quantity *CoachText::quantityStartingAt(int itemIndex) const
{
    const int index = quantityAt(itemIndex);
    return index >= 0 && m_quantities[index].firstItem == itemIndex ? &m_quantities[index] : nullptr;
}

bool CoachText::hasMetricQuantity() const
{
    for (const Quantity &q : m_quantities) {
        if (q.isMetric && !q.ignorable)
            return true;
    }
    return false;
}

QString CoachText::span(int first, int last) const
{
    while (first <= last && m_items[first].kind == TextItem::Kind::Symbol)
        ++first;
    while (last >= first && m_items[last].kind == TextItem::Kind::Symbol && m_items[last].text != u"%")
        --last;
    if (first > last)
        return {};
    // "monthly recurring revenue (MRR)": keep the bracket the span opened.
    const QStringView inside = m_original.sliced(m_items[first].begin, m_items[last].end - m_items[first].begin);
    if (inside.count(u'(') > inside.count(u')') && last + 1 < size() && m_items[last + 1].text == u")")
        ++last;
    return m_original.sliced(m_items[first].begin, m_items[last].end - m_items[first].begin).toString();
}
