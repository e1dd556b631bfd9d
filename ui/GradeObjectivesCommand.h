#pragma once

#include "Ids.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

class Repository;

// One objective's review grade and its short reason.
struct ObjectiveGrade {
    Id objectiveId = NoId;
    std::optional<double> grade; // none: not graded
    QString note;
};

// Changes the review grades of one or more objectives as one undo step, each direction in one transaction.
// `before` and `after` name the same objectives. A failed write is reported and the step dropped.
class GradeObjectivesCommand : public QUndoCommand {
public:
    GradeObjectivesCommand(Repository &repository, QList<ObjectiveGrade> before, QList<ObjectiveGrade> after,
                           const QString &text);

    void redo() override;
    void undo() override;

private:
    void write(const QList<ObjectiveGrade> &grades);

    Repository &m_repository;
    QList<ObjectiveGrade> m_before;
    QList<ObjectiveGrade> m_after;
};
