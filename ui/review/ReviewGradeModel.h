#pragma once

#include "commands/GradeObjectivesCommand.h"
#include "model/CyclePlan.h"
#include "scoring/Scoring.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractTableModel>

#include <optional>

// One team's objectives of a cycle as the review grades them: progress, the grade proposed from it, the grade
// given (editable, coloured by the committed / aspirational rule) and its short reason (editable). Edits are not
// written here: the model asks for them with gradeChangeRequested, and shows them once reloaded.
class ReviewGradeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, CommitmentColumn, ProgressColumn, ProposedColumn, GradeColumn, NoteColumn, ColumnCount };

    enum Role {
        GradeColourRole = Qt::UserRole + 1, // Scoring::GradeColour as int on the grade column; invalid when ungraded
        ObjectiveIdRole,                    // on every column
    };

    explicit ReviewGradeModel(QObject *parent = nullptr);

    // Shows the team's objectives of the plan, in the plan's order (a model reset).
    void setPlan(const CyclePlan &plan, Id teamId);

    struct Row {
        Objective objective;
        double progress = 0.0;
        bool hasKeyResults = false;
        double proposedGrade = 0.0;
    };
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void gradeChangeRequested(const ObjectiveGrade &before, const ObjectiveGrade &after);

private:
    QVariant gradeData(const Row &row, int role) const;

    QList<Row> m_rows;
    ColumnHeaders m_headers;
};
