#pragma once

#include <QString>

// Every text a person types into a document, by what it holds.
enum class TextField {
    TeamName,
    CycleName,
    ObjectiveTitle,
    ObjectiveDescription,
    GradeNote,
    KeyResultTitle,
    KeyResultDescription,
    UnitLabel,
    Owner,
    InitiativeTitle,
    UpdateComment,
    PlanItemPerson,
    PlanItemText,
    Lessons,
    NextPriorities,
    KpiName,
    ReviewAnswer,
    CommentAuthor,
    CommentText,
};

// How long each text may be, and the words that say so. Storage refuses a longer text, the forms stop or warn
// as the user types, the importers and the command line refuse it before anything is written. Lengths count
// QString characters (UTF-16 code units), as QLineEdit::maxLength does, so a form and storage never disagree.
// Documents written before the limits may hold longer text: reading, showing and reporting it stays allowed.
class TextLimits {
public:
    static int maximum(TextField field);
    static bool fits(TextField field, const QString &text) { return text.size() <= maximum(field); }
    // How many characters must go; 0 when the text fits.
    static qsizetype excess(TextField field, const QString &text);
    // The field in words for people: "objective title".
    static QString fieldName(TextField field);
    // "The objective title has 1,204 characters; at most 200 are allowed."
    static QString tooLong(TextField field, qsizetype length);
    // "4 characters over the limit of 200"
    static QString overBy(TextField field, qsizetype excess);
    // The text as shown where it must fit: a longer one (written before the limits) cut to the limit, ending in
    // "…". Showing stays as cheap for a megabyte of text as for a line.
    static QString clipped(TextField field, const QString &text);
    // Any one text as a view cell or a tooltip shows it: cut to the longest limit. Views measure and elide what
    // they are given on every paint, which froze the window for a megabyte.
    static QString shown(const QString &text);

private:
    static QString cut(const QString &text, int length);
};
