#include "review/ReviewGradeModel.h"

#include "palette/PaceColours.h"
#include "scoring/ProgressRollUp.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QGuiApplication>

#include <cmath>

namespace {

QString commitmentText(Commitment commitment)
{
    return commitment == Commitment::Aspirational ? ReviewGradeModel::tr("Aspirational")
                                                  : ReviewGradeModel::tr("Committed");
}

QString gradeText(double grade)
{
    return ValueFormat().grade(grade);
}

QString colourName(Scoring::GradeColour colour)
{
    switch (colour) {
    case Scoring::GradeColour::Green:
        return ReviewGradeModel::tr("green");
    case Scoring::GradeColour::Yellow:
        return ReviewGradeModel::tr("yellow");
    case Scoring::GradeColour::Red:
        return ReviewGradeModel::tr("red");
    }
    return {};
}

QString ruleText(Commitment commitment)
{
    return commitment == Commitment::Aspirational
               ? ReviewGradeModel::tr("Aspirational: 0.7 or more is green, 0.4 or more yellow, below red.")
               : ReviewGradeModel::tr("Committed: 1.0 is green, 0.7 or more yellow, below red.");
}

} // namespace

ReviewGradeModel::ReviewGradeModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers({{tr("Objective")}, {tr("Type")}, {tr("Progress")}, {tr("Proposed")}, {tr("Grade")}, {tr("Reason")}})
{
}

void ReviewGradeModel::setPlan(const CyclePlan &plan, Id teamId)
{
    beginResetModel();
    m_rows.clear();
    const ProgressRollUp rollUp(plan);
    for (const qsizetype index : plan.objectivesOfTeam(teamId)) {
        const Objective &objective = plan.objectives.at(index);
        const double progress = rollUp.objective(objective.id);
        m_rows.append({objective, progress, rollUp.hasContributors(objective.id), Scoring::proposedGrade(progress)});
    }
    endResetModel();
}

int ReviewGradeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewGradeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewGradeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ObjectiveIdRole)
        return row.objective.id;
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.objective.title;
        break;
    case CommitmentColumn:
        if (role == Qt::DisplayRole)
            return commitmentText(row.objective.commitment);
        if (role == Qt::ToolTipRole)
            return ruleText(row.objective.commitment);
        break;
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return row.hasKeyResults ? DomainText::percent(row.progress) : tr("no key results");
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProposedColumn:
        if (role == Qt::DisplayRole)
            return gradeText(row.proposedGrade);
        if (role == Qt::ToolTipRole)
            return tr("Proposed from progress, rounded to one decimal.");
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case GradeColumn:
        return gradeData(row, role);
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return row.objective.gradeNote;
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewGradeModel::gradeData(const Row &row, int role) const
{
    const std::optional<double> &grade = row.objective.grade;
    switch (role) {
    case Qt::DisplayRole:
        return grade ? gradeText(*grade) : tr("not graded");
    case Qt::EditRole:
        return grade.value_or(row.proposedGrade);
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        return grade ? QVariant(PaceColours::forGrade(*grade, row.objective.commitment, QGuiApplication::palette()))
                     : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return grade ? tr("%1 (%2). %3")
                           .arg(gradeText(*grade), colourName(Scoring::gradeColour(*grade, row.objective.commitment)),
                                ruleText(row.objective.commitment))
                     : tr("Not graded yet: the proposal is %1.").arg(gradeText(row.proposedGrade));
    case GradeColourRole:
        return grade ? QVariant(static_cast<int>(Scoring::gradeColour(*grade, row.objective.commitment))) : QVariant();
    default:
        return {};
    }
}

bool ReviewGradeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row &row = m_rows.at(index.row());
    const ObjectiveGrade before{row.objective.id, row.objective.grade, row.objective.gradeNote};
    ObjectiveGrade after = before;
    if (index.column() == GradeColumn) {
        bool isNumber = false;
        const double grade = value.toDouble(&isNumber);
        if (!isNumber || !std::isfinite(grade) || grade < 0.0 || grade > 1.0)
            return false;
        after.grade = std::round(grade * 10.0) / 10.0;
    } else if (index.column() == NoteColumn) {
        after.note = value.toString().trimmed();
        if (!after.grade)
            after.grade = row.proposedGrade; // a reason is given for a grade: the proposal until changed
    } else {
        return false;
    }
    if (after == before)
        return false;
    emit gradeChangeRequested(before, after);
    return true;
}

QVariant ReviewGradeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}

Qt::ItemFlags ReviewGradeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == GradeColumn || index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}
