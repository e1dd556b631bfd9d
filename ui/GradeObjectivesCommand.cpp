#include "GradeObjectivesCommand.h"

#include "Document.h"
#include "DocumentError.h"
#include "MessageBoxes.h"
#include "Repository.h"

#include <QCoreApplication>

#include <utility>

GradeObjectivesCommand::GradeObjectivesCommand(Repository &repository, QList<ObjectiveGrade> before,
                                               QList<ObjectiveGrade> after, const QString &text)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void GradeObjectivesCommand::redo()
{
    write(m_after);
}

void GradeObjectivesCommand::undo()
{
    write(m_before);
}

void GradeObjectivesCommand::write(const QList<ObjectiveGrade> &grades)
{
    try {
        m_repository.document().transaction([&] {
            for (const ObjectiveGrade &grade : grades)
                m_repository.gradeObjective(grade.objectiveId, grade.grade, grade.note);
        });
    } catch (const DocumentError &error) {
        setObsolete(true);
        MessageBoxes::warning(nullptr, QCoreApplication::translate("GradeObjectivesCommand", "Cannot Save Grades"),
                              error.message());
    }
}
