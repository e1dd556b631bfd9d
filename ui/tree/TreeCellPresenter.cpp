#include "tree/TreeCellPresenter.h"

#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "tree/AlignmentTreeModel.h"
#include "widgets/ItemRoles.h"
#include "widgets/ProgressCell.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace {

using NodeKind = AlignmentTreeModel::NodeKind;

QFont boldFont()
{
    QFont bold;
    bold.setBold(true);
    return bold;
}

} // namespace

TreeCellPresenter::TreeCellPresenter(const AlignmentTreeModel &model)
    : m_model(model)
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_teamIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
{
    const int iconSize = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Confidence status : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
        m_statusIcons.insert(int(status), PaceColours::statusIcon(status, QApplication::palette(), iconSize));
}

QVariant TreeCellPresenter::data(const QModelIndex &index, int role) const
{
    const CyclePlan &plan = m_model.plan();
    const Id id = AlignmentTreeModel::itemId(index);
    const NodeKind kind = AlignmentTreeModel::nodeKind(index);
    if (role == Qt::TextAlignmentRole)
        return index.column() == AlignmentTreeModel::TitleColumn || index.column() == AlignmentTreeModel::OwnerColumn ||
                       index.column() == AlignmentTreeModel::StatusColumn
                   ? QVariant()
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Progress roles answer on every column, so views of a single column (the board, a details pane) can use them.
    const bool progressRole =
        role == ItemRoles::ProgressRole || role == ItemRoles::ExpectedProgressRole || role == ItemRoles::PaceStatusRole;
    const int column = progressRole ? int(AlignmentTreeModel::ProgressColumn) : index.column();
    if (kind == NodeKind::Team)
        return teamData(index, column, role);
    if (index.column() == AlignmentTreeModel::TitleColumn && kind != NodeKind::Initiative &&
        (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const QVariant coach = coachData(index, role);
        if (role == Qt::DecorationRole)
            return coach;
        if (coach.isValid()) {
            const QVariant own = kind == NodeKind::Objective
                                     ? objectiveData(index, *plan.objective(id), AlignmentTreeModel::TitleColumn, role)
                                     : keyResultData(*plan.keyResult(id), AlignmentTreeModel::TitleColumn, role);
            return tr("%1\n\n%2").arg(own.toString(), coach.toString());
        }
    }
    switch (kind) {
    case NodeKind::Objective:
        return objectiveData(index, *plan.objective(id), column, role);
    case NodeKind::KeyResult:
        return keyResultData(*plan.keyResult(id), column, role);
    case NodeKind::Initiative:
        return initiativeData(*plan.initiative(id), column, role);
    case NodeKind::Team:
        break;
    }
    return {};
}

QVariant TreeCellPresenter::coachData(const QModelIndex &index, int role) const
{
    const QList<CoachFlag> flags = m_model.coachFlags(index);
    if (flags.isEmpty())
        return {};
    if (role == Qt::DecorationRole)
        return m_warningIcon;
    QStringList lines;
    for (const CoachFlag &flag : flags)
        lines.append(tr("⚠ %1 %2").arg(flag.message, flag.suggestion));
    return lines.join(QLatin1Char('\n'));
}

QVariant TreeCellPresenter::progressData(double progress, int role) const
{
    const double expected = m_model.expectedProgress();
    return ProgressCell(progress, expected, Scoring::paceStatus(expected, progress), m_model.referenceDate())
        .data(role);
}

QString TreeCellPresenter::paceAndStatedText(double progress, const std::optional<LatestCheckIn> &stated) const
{
    const QString pace = progressData(progress, Qt::ToolTipRole).toString();
    if (!stated)
        return tr("%1\nNo check-in yet.").arg(pace);
    return tr("%1\nThe team said %2 on %3.")
        .arg(pace, DomainText::confidence(stated->confidence), ValueFormat().date(stated->date));
}

QVariant TreeCellPresenter::statusData(std::optional<double> progress, std::optional<LatestCheckIn> stated,
                                       int role) const
{
    if (!progress && !stated)
        return {};
    const std::optional<Confidence> pace =
        progress ? std::optional(Scoring::paceStatus(m_model.expectedProgress(), *progress)) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return statusText(pace, stated ? std::optional(stated->confidence) : std::nullopt);
    case Qt::DecorationRole: {
        // The more worried of the two: what a reader scanning the column should look at.
        const Confidence worst =
            pace && stated ? Scoring::moreWorried(*pace, stated->confidence) : (pace ? *pace : stated->confidence);
        return m_statusIcons.value(int(worst));
    }
    case Qt::ToolTipRole: {
        const QString text =
            progress ? paceAndStatedText(*progress, stated)
                     : tr("Nothing measures it yet.\nThe team said %1 on %2.")
                           .arg(DomainText::confidence(stated->confidence), ValueFormat().date(stated->date));
        return tr("%1\n\n%2")
            .arg(text,
                 m_model.headerData(AlignmentTreeModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    default:
        return {};
    }
}

QString TreeCellPresenter::statusText(std::optional<Confidence> pace, std::optional<Confidence> stated)
{
    if (pace && stated && *pace == *stated)
        return tr("%1, as said").arg(DomainText::confidence(*pace));
    if (pace && stated)
        return tr("%1 · said %2").arg(DomainText::confidence(*pace), DomainText::confidence(*stated));
    if (pace)
        return DomainText::confidence(*pace);
    return stated ? tr("said %1").arg(DomainText::confidence(*stated)) : QString();
}

std::optional<LatestCheckIn> TreeCellPresenter::statedConfidence(const KeyResult &keyResult) const
{
    const QHash<Id, LatestCheckIn> &latest = m_model.plan().latestCheckIns;
    const auto stated = latest.constFind(keyResult.id);
    return stated == latest.constEnd() ? std::nullopt : std::optional(*stated);
}

std::optional<LatestCheckIn> TreeCellPresenter::statedConfidence(const Objective &objective) const
{
    // The most worried of its own key results' latest check-ins, dated by the latest of them.
    const CyclePlan &plan = m_model.plan();
    std::optional<LatestCheckIn> worst;
    for (const qsizetype row : plan.keyResultsOf(objective.id)) {
        const std::optional<LatestCheckIn> stated = statedConfidence(plan.keyResults[row]);
        if (!stated)
            continue;
        if (!worst)
            worst = stated;
        worst->confidence = Scoring::moreWorried(worst->confidence, stated->confidence);
        worst->date = std::max(worst->date, stated->date);
    }
    return worst;
}

std::optional<double> TreeCellPresenter::teamNodeProgress(const QModelIndex &teamNode) const
{
    // Like the team's progress (ProgressRollUp::team), a mean in which objectives nothing measures count as 0.
    const ProgressRollUp &rollUp = m_model.progress();
    double sum = 0.0;
    bool measured = false;
    const int objectives = m_model.rowCount(teamNode);
    for (int row = 0; row < objectives; ++row) {
        const Id objectiveId =
            AlignmentTreeModel::itemId(m_model.index(row, AlignmentTreeModel::TitleColumn, teamNode));
        sum += rollUp.objective(objectiveId);
        measured = measured || rollUp.hasContributors(objectiveId);
    }
    return measured ? std::optional(sum / double(objectives)) : std::nullopt;
}

QVariant TreeCellPresenter::teamData(const QModelIndex &index, int column, int role) const
{
    const CyclePlan &plan = m_model.plan();
    const QModelIndex node = index.siblingAtColumn(AlignmentTreeModel::TitleColumn);
    const Id teamId = AlignmentTreeModel::itemId(index);
    const Team *team = plan.team(teamId);
    const std::optional<double> progress = teamNodeProgress(node);
    if (role == ItemRoles::HasContributorsRole)
        return progress.has_value();
    if (role == Qt::FontRole)
        return boldFont();
    switch (column) {
    case AlignmentTreeModel::TitleColumn:
        if (role == Qt::DisplayRole)
            return team->name;
        if (role == Qt::DecorationRole)
            return m_teamIcon; // a group, not an item: tells the node from the objectives at a glance
        if (role == Qt::ToolTipRole)
            return tr("%1: the team's objectives that are not aligned to an objective of this cycle. Drag one of "
                      "its aligned objectives here to stop aligning it.")
                .arg(team->name);
        break;
    case AlignmentTreeModel::OwnerColumn:
        // Where the team sits: with many teams a name alone does not say which department it is in.
        if (const Team *above = plan.team(team->parentId); above && role == Qt::DisplayRole)
            return above->name;
        else if (above && role == Qt::ToolTipRole)
            return tr("Part of %1").arg(above->name);
        break;
    case AlignmentTreeModel::ProgressColumn:
        if (!progress) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == ItemRoles::ProgressRole)
                return 0.0;
            return {};
        }
        if (role == Qt::ToolTipRole)
            return tr("%1\nThe mean of the %n objective(s) below. With its aligned objectives the team stands at %2.",
                      nullptr, m_model.rowCount(node))
                .arg(progressData(*progress, role).toString(), DomainText::percent(m_model.progress().team(teamId)));
        return progressData(*progress, role);
    case AlignmentTreeModel::StatusColumn:
        return statusData(progress, std::nullopt, role);
    default:
        break;
    }
    return {};
}

QVariant TreeCellPresenter::objectiveData(const QModelIndex &index, const Objective &objective, int column,
                                          int role) const
{
    const ProgressRollUp &rollUp = m_model.progress();
    if (role == ItemRoles::HasContributorsRole)
        return rollUp.hasContributors(objective.id);
    if (role == ItemRoles::StatedConfidenceRole) {
        const std::optional<LatestCheckIn> stated = statedConfidence(objective);
        return stated ? QVariant(int(stated->confidence)) : QVariant();
    }
    // Bold where a branch of the alignment starts: at the top and under a team node, not under an objective.
    const QModelIndex above = index.parent();
    const bool shownAligned = above.isValid() && AlignmentTreeModel::nodeKind(above) == NodeKind::Objective;
    if (role == Qt::FontRole && !shownAligned)
        return boldFont();
    switch (column) {
    case AlignmentTreeModel::TitleColumn:
        if (role == Qt::DisplayRole)
            return objective.title;
        if (role == Qt::ToolTipRole) {
            const QString commitment = objective.commitment == Commitment::Committed ? tr("Committed objective")
                                                                                     : tr("Aspirational objective");
            return objective.description.isEmpty() ? commitment : tr("%1\n\n%2").arg(commitment, objective.description);
        }
        break;
    case AlignmentTreeModel::OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const Team *team = m_model.plan().team(objective.teamId);
            const QString name = team ? team->name : QString();
            return role == Qt::DisplayRole ? name : tr("Team: %1").arg(name);
        }
        break;
    case AlignmentTreeModel::ProgressColumn:
        if (!rollUp.hasContributors(objective.id)) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == Qt::ToolTipRole)
                return tr("Neither key results nor aligned objectives: add some to measure this objective.");
            if (role == ItemRoles::ProgressRole)
                return 0.0;
            return {};
        }
        return progressData(rollUp.objective(objective.id), role);
    case AlignmentTreeModel::StatusColumn:
        return statusData(rollUp.hasContributors(objective.id) ? std::optional(rollUp.objective(objective.id))
                                                               : std::nullopt,
                          statedConfidence(objective), role);
    case AlignmentTreeModel::GradeColumn:
        if (!objective.grade)
            break;
        if (role == Qt::DisplayRole)
            return ValueFormat().grade(*objective.grade);
        if (role == Qt::ForegroundRole)
            return PaceColours::forGrade(*objective.grade, objective.commitment, QPalette());
        if (role == Qt::ToolTipRole) {
            const QString grade = objective.commitment == Commitment::Committed
                                      ? tr("Graded %1 at the review (committed: 1.0 is a success)")
                                      : tr("Graded %1 at the review (aspirational: about 0.7 is a success)");
            return objective.gradeNote.isEmpty()
                       ? grade.arg(ValueFormat().grade(*objective.grade))
                       : tr("%1\n\n%2").arg(grade.arg(ValueFormat().grade(*objective.grade)), objective.gradeNote);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TreeCellPresenter::keyResultData(const KeyResult &keyResult, int column, int role) const
{
    if (role == ItemRoles::StatedConfidenceRole) {
        const std::optional<LatestCheckIn> stated = statedConfidence(keyResult);
        return stated ? QVariant(int(stated->confidence)) : QVariant();
    }
    switch (column) {
    case AlignmentTreeModel::TitleColumn:
        if (role == Qt::DisplayRole)
            return keyResult.title;
        if (role == Qt::ToolTipRole)
            return keyResult.description.isEmpty() ? keyResult.title
                                                   : tr("%1\n\n%2").arg(keyResult.title, keyResult.description);
        break;
    case AlignmentTreeModel::OwnerColumn:
        if (role == Qt::DisplayRole)
            return keyResult.owner;
        if (role == Qt::ToolTipRole && !keyResult.owner.isEmpty())
            return tr("Owner: %1").arg(keyResult.owner);
        break;
    case AlignmentTreeModel::ProgressColumn:
        if (role == Qt::ToolTipRole)
            return paceAndStatedText(Scoring::progress(keyResult), statedConfidence(keyResult));
        return progressData(Scoring::progress(keyResult), role);
    case AlignmentTreeModel::StatusColumn:
        return statusData(Scoring::progress(keyResult), statedConfidence(keyResult), role);
    case AlignmentTreeModel::ValueColumn:
        if (role == Qt::DisplayRole)
            return DomainText::currentAndTarget(keyResult);
        if (role == Qt::ToolTipRole)
            return keyResult.current ? tr("Now %1, from %2 to %3")
                                           .arg(DomainText::measure(keyResult, *keyResult.current),
                                                DomainText::measure(keyResult, keyResult.start),
                                                DomainText::measure(keyResult, keyResult.target))
                                     : tr("No value checked in yet: counted at the start value, %1.")
                                           .arg(DomainText::measure(keyResult, keyResult.start));
        break;
    default:
        break;
    }
    return {};
}

QVariant TreeCellPresenter::initiativeData(const Initiative &initiative, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case AlignmentTreeModel::TitleColumn:
        return initiative.title;
    case AlignmentTreeModel::OwnerColumn:
        return role == Qt::DisplayRole ? initiative.owner : QVariant();
    case AlignmentTreeModel::ValueColumn:
        if (role == Qt::ToolTipRole)
            return initiative.due.isValid() ? tr("Initiative, due %1").arg(ValueFormat().date(initiative.due))
                                            : tr("Initiative");
        return initiative.due.isValid() ? tr("%1, due %2")
                                              .arg(DomainText::initiativeStatus(initiative.status),
                                                   ValueFormat().dayAndMonth(initiative.due))
                                        : DomainText::initiativeStatus(initiative.status);
    default:
        return {};
    }
}
