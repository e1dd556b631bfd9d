#include "commands/GradeObjectivesCommand.h"

#include "storage/Document.h"
#include "storage/Repository.h"

#include <algorithm>
#include <utility>

GradeObjectivesCommand::GradeObjectivesCommand(DocumentSession &session, Id cycleId, QList<ObjectiveGrade> before,
                                               QList<ObjectiveGrade> after, const QString &text)
    : PlanCommand(session, cycleId, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

DocumentChange GradeObjectivesCommand::apply()
{
    return write(m_after);
}

DocumentChange GradeObjectivesCommand::revert()
{
    return write(m_before);
}

std::optional<Revision> GradeObjectivesCommand::storedRevision() const
{
    // Each step stamps every objective with its change: a later write to any of them is the latest revision.
    Revision latest = NotStored;
    for (const ObjectiveGrade &grade : m_after)
        latest = std::max(latest, repository().plan().objectiveRevision(grade.objectiveId));
    return latest;
}

DocumentChange GradeObjectivesCommand::write(const QList<ObjectiveGrade> &grades)
{
    DocumentChange change{DocumentChange::Kind::ItemsEdited, cycleId(), {}, {}, {}};
    repository().document().transaction([&] {
        for (const ObjectiveGrade &grade : grades) {
            repository().plan().gradeObjective(grade.objectiveId, grade.grade, grade.note);
            change.objectiveIds.append(grade.objectiveId);
        }
    });
    return change;
}
