#pragma once

#include "coach/CoachLexicon.h"
#include "model/KeyResult.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

// One unit of a key result's text: a word, a known phrase ("at least", "roll out"), a number or a symbol.
struct TextItem {
    enum class Kind { Word, Number, Symbol };
    Kind kind = Kind::Word;
    qsizetype begin = 0; // in the original text
    qsizetype end = 0;
    bool spaceBefore = true;
    bool hadSeparators = false; // a number written with thousands separators or decimals
    double number = 0.0;
    QStringView text; // lower case
    WordRoles roles = 0;
    const LexiconEntry *entry = nullptr;

    bool is(WordRole role) const { return roles & roleBit(role); }
    bool isAny(WordRoles mask) const { return roles & mask; }
};

// A number with everything written around it: "$40k", "15%", "2 hrs", "8/10", ">2000", "+15%".
struct Quantity {
    enum class Comparator { None, AtLeast, AtMost };
    int firstItem = 0; // the items it spans, prefix and suffix included
    int lastItem = 0;
    int numberItem = 0;
    double value = 0.0;
    MeasureUnit unit = MeasureUnit::Number;
    QString label;
    double secondsPerUnit = 0.0; // time units, to compare "2 hrs" with "30 min"
    Comparator comparator = Comparator::None;
    int sign = 0;              // "+15%" is +1, "-20%" is -1
    bool hasMagnitude = false; // "40k"
    bool ignorable = false;    // a year, a date, an ordinal, a deadline ("in 3 months"): not a measure
    bool isMetric = false;     // stands where a key result states its numbers (not "for 3 segments")
};

// A text split once into items and quantities; every check of the coach reads this, none re-scans the text.
class CoachText {
public:
    CoachText(QStringView text, const CoachLexicon &lexicon);
    CoachText(const CoachText &) = delete; // items view into the text's own lower-case copy
    CoachText &operator=(const CoachText &) = delete;

    QStringView original() const { return m_original; }
    const QVarLengthArray<TextItem, 48> &items() const { return m_items; }
    const QVarLengthArray<Quantity, 8> &quantities() const { return m_quantities; }
    const TextItem &item(int index) const { return m_items[index]; }
    int size() const { return int(m_items.size()); }

    // The first item after leading labels ("KR1:"), list numbers ("2.") and bullets.
    int contentStart() const { return m_contentStart; }
    // The quantity that covers an item, or -1.
    int quantityAt(int itemIndex) const;
    // The quantity whose first item is `itemIndex`, or null.
    const Quantity *quantityStartingAt(int itemIndex) const;
    bool hasMetricQuantity() const;
    // The original text of items [first, last], trimmed of surrounding punctuation.
    QString span(int first, int last) const;

private:
    void tokenize(const CoachLexicon &lexicon);
    void mergePhrases(const CoachLexicon &lexicon);
    void findQuantities(const CoachLexicon &lexicon);
    Quantity readQuantity(int numberIndex, const CoachLexicon &lexicon) const;
    void markMetricQuantities();
    void findContentStart();

    QStringView m_original;
    QString m_lower;
    QVarLengthArray<TextItem, 48> m_items;
    QVarLengthArray<Quantity, 8> m_quantities;
    int m_contentStart = 0;
};
