#include "storage/StoredText.h"

#include "storage/DocumentError.h"

void StoredText::requireFits(TextField field, const QString &text)
{
    if (!TextLimits::fits(field, text))
        throw DocumentError(TextLimits::tooLong(field, text.size()));
}

void StoredText::requireFits(const Team &team)
{
    requireFits(TextField::TeamName, team.name);
}

void StoredText::requireFits(const Cycle &cycle)
{
    requireFits(TextField::CycleName, cycle.name);
}

void StoredText::requireFits(const Objective &objective)
{
    requireFits(TextField::ObjectiveTitle, objective.title);
    requireFits(TextField::ObjectiveDescription, objective.description);
    requireFits(TextField::GradeNote, objective.gradeNote);
}

void StoredText::requireFits(const KeyResult &keyResult)
{
    requireFits(TextField::KeyResultTitle, keyResult.title);
    requireFits(TextField::KeyResultDescription, keyResult.description);
    requireFits(TextField::UnitLabel, keyResult.unitLabel);
    requireFits(TextField::Owner, keyResult.owner);
}

void StoredText::requireFits(const Initiative &initiative)
{
    requireFits(TextField::InitiativeTitle, initiative.title);
    requireFits(TextField::Owner, initiative.owner);
}

void StoredText::requireFits(const CheckIn &checkIn)
{
    for (const KeyResultUpdate &update : checkIn.updates)
        requireFits(TextField::UpdateComment, update.comment);
    for (const PlanItem &item : checkIn.items) {
        requireFits(TextField::PlanItemPerson, item.person);
        requireFits(TextField::PlanItemText, item.text);
    }
    requireFits(TextField::Lessons, checkIn.lessons);
    requireFits(TextField::NextPriorities, checkIn.nextPriorities);
}

void StoredText::requireFits(const Kpi &kpi)
{
    requireFits(TextField::KpiName, kpi.name);
    requireFits(TextField::UnitLabel, kpi.unitLabel);
}

void StoredText::requireFits(const TeamReview &review)
{
    for (const QString *answer :
         {&review.performance, &review.worked, &review.failed, &review.startStopContinue, &review.lessons})
        requireFits(TextField::ReviewAnswer, *answer);
}

void StoredText::requireFits(const Comment &comment)
{
    requireFits(TextField::CommentAuthor, comment.author);
    requireFits(TextField::CommentText, comment.text);
}
