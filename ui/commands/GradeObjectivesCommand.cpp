#include "commands/GradeObjectivesCommand.h"

#include "storage/Document.h"
#include "storage/Repository.h"

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

QList<PlanCommand::StoredRow> GradeObjectivesCommand::storedRows() const
{
    QList<StoredRow> rows;
    for (const ObjectiveGrade &grade : m_after)
        rows.append({repository().plan().objectiveRevision(grade.objectiveId), StoredRow::Check::Unchanged});
    return rows;
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
