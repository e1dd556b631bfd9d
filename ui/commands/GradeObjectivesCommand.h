#pragma once

#include "document/PlanCommand.h"

#include <QList>
#include <QString>

#include <optional>

// One objective's review grade and its short reason.
struct ObjectiveGrade {
    Id objectiveId = NoId;
    std::optional<double> grade; // none: not graded
    QString note;

    friend bool operator==(const ObjectiveGrade &, const ObjectiveGrade &) = default;
};

// Changes the review grades of one or more objectives of one cycle as one undo step, each direction in one
// transaction. `before` and `after` name the same objectives. A failed write is reported and the step dropped.
class GradeObjectivesCommand : public PlanCommand {
public:
    GradeObjectivesCommand(DocumentSession &session, Id cycleId, QList<ObjectiveGrade> before,
                           QList<ObjectiveGrade> after, const QString &text);

protected:
    DocumentChange apply() override;
    DocumentChange revert() override;
    QList<StoredRow> storedRows() const override;

private:
    DocumentChange write(const QList<ObjectiveGrade> &grades);

    QList<ObjectiveGrade> m_before;
    QList<ObjectiveGrade> m_after;
};
