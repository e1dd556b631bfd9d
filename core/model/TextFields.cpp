#include "model/TextFields.h"

QList<TextFields::Text> TextFields::of(Team &team)
{
    return {{TextField::TeamName, &team.name}};
}

QList<TextFields::Text> TextFields::of(Cycle &cycle)
{
    return {{TextField::CycleName, &cycle.name}};
}

QList<TextFields::Text> TextFields::of(Objective &objective)
{
    return {{TextField::ObjectiveTitle, &objective.title},
            {TextField::ObjectiveDescription, &objective.description},
            {TextField::GradeNote, &objective.gradeNote}};
}

QList<TextFields::Text> TextFields::of(KeyResult &keyResult)
{
    return {{TextField::KeyResultTitle, &keyResult.title},
            {TextField::KeyResultDescription, &keyResult.description},
            {TextField::UnitLabel, &keyResult.unitLabel},
            {TextField::Owner, &keyResult.owner}};
}

QList<TextFields::Text> TextFields::of(Initiative &initiative)
{
    return {{TextField::InitiativeTitle, &initiative.title}, {TextField::Owner, &initiative.owner}};
}

QList<TextFields::Text> TextFields::of(CheckIn &checkIn)
{
    QList<Text> texts{{TextField::Lessons, &checkIn.lessons}, {TextField::NextPriorities, &checkIn.nextPriorities}};
    for (KeyResultUpdate &update : checkIn.updates)
        texts.append({TextField::UpdateComment, &update.comment});
    for (PlanItem &item : checkIn.items) {
        texts.append({TextField::PlanItemPerson, &item.person});
        texts.append({TextField::PlanItemText, &item.text});
    }
    return texts;
}

QList<TextFields::Text> TextFields::of(Kpi &kpi)
{
    return {{TextField::KpiName, &kpi.name}, {TextField::UnitLabel, &kpi.unitLabel}};
}

QList<TextFields::Text> TextFields::of(TeamReview &review)
{
    return {{TextField::ReviewAnswer, &review.performance},
            {TextField::ReviewAnswer, &review.worked},
            {TextField::ReviewAnswer, &review.failed},
            {TextField::ReviewAnswer, &review.startStopContinue},
            {TextField::ReviewAnswer, &review.lessons}};
}

QList<TextFields::Text> TextFields::of(Comment &comment)
{
    return {{TextField::CommentAuthor, &comment.author}, {TextField::CommentText, &comment.text}};
}
