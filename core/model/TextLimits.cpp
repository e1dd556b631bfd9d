#include "model/TextLimits.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace {

// A name or title is read at a glance in a tree row, a board line and a report cell: a long sentence at most.
// The seeds' longest objectives have about 100 characters.
constexpr int NameLength = 200;
// A person's full name, or a unit such as "signed contracts per week".
constexpr int PersonLength = 100;
// One line of a weekly plan, or the short reason given with a grade.
constexpr int LineLength = 500;
// Notes, comments, lessons and review answers: a few paragraphs, more than a report page's worth of words
// (about 3,000 characters) would be a document of its own.
constexpr int NoteLength = 4000;

// translate() counts in int. Outside the call, because lupdate's parser loops on a template argument list inside it.
int pluralCount(qsizetype count)
{
    return int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

} // namespace

int TextLimits::maximum(TextField field)
{
    switch (field) {
    case TextField::TeamName:
    case TextField::CycleName:
    case TextField::ObjectiveTitle:
    case TextField::KeyResultTitle:
    case TextField::InitiativeTitle:
    case TextField::KpiName:
        return NameLength;
    case TextField::UnitLabel:
    case TextField::Owner:
    case TextField::PlanItemPerson:
    case TextField::CommentAuthor:
        return PersonLength;
    case TextField::GradeNote:
    case TextField::PlanItemText:
        return LineLength;
    case TextField::ObjectiveDescription:
    case TextField::KeyResultDescription:
    case TextField::UpdateComment:
    case TextField::Lessons:
    case TextField::NextPriorities:
    case TextField::ReviewAnswer:
    case TextField::CommentText:
        return NoteLength;
    }
    return NameLength;
}

qsizetype TextLimits::excess(TextField field, const QString &text)
{
    return std::max<qsizetype>(0, text.size() - maximum(field));
}

QString TextLimits::fieldName(TextField field)
{
    switch (field) {
    case TextField::TeamName:
        return QCoreApplication::translate("TextLimits", "team name");
    case TextField::CycleName:
        return QCoreApplication::translate("TextLimits", "cycle name");
    case TextField::ObjectiveTitle:
        return QCoreApplication::translate("TextLimits", "objective title");
    case TextField::ObjectiveDescription:
        return QCoreApplication::translate("TextLimits", "objective description");
    case TextField::GradeNote:
        return QCoreApplication::translate("TextLimits", "grade note");
    case TextField::KeyResultTitle:
        return QCoreApplication::translate("TextLimits", "key result title");
    case TextField::KeyResultDescription:
        return QCoreApplication::translate("TextLimits", "key result description");
    case TextField::UnitLabel:
        return QCoreApplication::translate("TextLimits", "unit label");
    case TextField::Owner:
        return QCoreApplication::translate("TextLimits", "owner");
    case TextField::InitiativeTitle:
        return QCoreApplication::translate("TextLimits", "initiative title");
    case TextField::UpdateComment:
        return QCoreApplication::translate("TextLimits", "check-in comment");
    case TextField::PlanItemPerson:
        return QCoreApplication::translate("TextLimits", "person");
    case TextField::PlanItemText:
        return QCoreApplication::translate("TextLimits", "plan item");
    case TextField::Lessons:
        return QCoreApplication::translate("TextLimits", "lessons learned");
    case TextField::NextPriorities:
        return QCoreApplication::translate("TextLimits", "next week's priorities");
    case TextField::KpiName:
        return QCoreApplication::translate("TextLimits", "KPI name");
    case TextField::ReviewAnswer:
        return QCoreApplication::translate("TextLimits", "review answer");
    case TextField::CommentAuthor:
        return QCoreApplication::translate("TextLimits", "comment author");
    case TextField::CommentText:
        return QCoreApplication::translate("TextLimits", "comment");
    }
    return {};
}

QString TextLimits::tooLong(TextField field, qsizetype length)
{
    return QCoreApplication::translate("TextLimits", "The %1 has %Ln character(s); at most %2 are allowed.", nullptr,
                                       pluralCount(length))
        .arg(fieldName(field), QLocale().toString(maximum(field)));
}

QString TextLimits::overBy(TextField field, qsizetype excess)
{
    return QCoreApplication::translate("TextLimits", "%Ln character(s) over the limit of %1", nullptr,
                                       pluralCount(excess))
        .arg(QLocale().toString(maximum(field)));
}

QString TextLimits::clipped(TextField field, const QString &text)
{
    return cut(text, maximum(field));
}

QString TextLimits::shown(const QString &text)
{
    return cut(text, NoteLength);
}

QString TextLimits::cut(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    qsizetype kept = length - 1;
    if (text.at(kept).isLowSurrogate()) // never half a character
        --kept;
    return text.left(kept) + QChar(0x2026);
}
