#include "tree/TreeCellPresenter.h"

#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/StatusWords.h"
#include "text/ValueFormat.h"
#include "tree/AlignmentTreeModel.h"
#include "widgets/CoachSigns.h"
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
    , m_warningIcon(CoachSigns::icon(true))
    , m_noteIcon(CoachSigns::icon(false))
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
        return hasWarning(flags) ? m_warningIcon : m_noteIcon;
    QStringList lines;
    for (const CoachFlag &flag : flags)
        lines.append(tr("%1 %2 %3").arg(CoachSigns::sign(flag.severity), flag.message, flag.suggestion));
    return lines.join(QLatin1Char('\n'));
}

QVariant TreeCellPresenter::progressData(const Standing &standing, int role) const
{
    const ProgressCell cell(standing.progress, standing.expected, standing.pace,
                            standing.stated ? std::optional(standing.stated->confidence) : std::nullopt,
                            m_model.referenceDate());
    return role == Qt::ToolTipRole ? QVariant(standingText(standing)) : cell.data(role);
}

QString TreeCellPresenter::standingText(const Standing &standing) const
{
    return tr("%1\n%2").arg(
        StatusWords::paceSentence(standing.progress, standing.expected, m_model.referenceDate(), standing.pace),
        StatusWords::statedSentence(standing.stated ? std::optional(standing.stated->confidence) : std::nullopt,
                                    standing.stated ? standing.stated->date : QDate()));
}

QVariant TreeCellPresenter::statusData(const Standing &standing, int role) const
{
    const std::optional<Confidence> stated =
        standing.stated ? std::optional(standing.stated->confidence) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return StatusWords::brief(standing.pace, stated);
    case Qt::DecorationRole:
        // The same status as the words and the bar: what a reader scanning the column should look at.
        if (const std::optional<Confidence> shown = StatusWords::shown(standing.pace, stated))
            return m_statusIcons.value(int(*shown));
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n\n%2").arg(standingText(standing), StatusWords::legend());
    default:
        return {};
    }
}

TreeCellPresenter::Standing TreeCellPresenter::standing(const Objective &objective) const
{
    const ProgressRollUp &rollUp = m_model.progress();
    return {rollUp.objective(objective.id), rollUp.objectiveExpected(objective.id), rollUp.objectivePace(objective.id),
            statedConfidence(objective)};
}

TreeCellPresenter::Standing TreeCellPresenter::standing(const KeyResult &keyResult) const
{
    const Cycle &cycle = m_model.plan().cycle;
    const QDate day = m_model.referenceDate();
    return {Scoring::progress(keyResult), Scoring::expectedProgress(cycle, keyResult, day),
            Scoring::keyResultPace(cycle, keyResult, day, m_model.progress().thresholds()),
            statedConfidence(keyResult)};
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

std::optional<TreeCellPresenter::Standing> TreeCellPresenter::teamNodeStanding(const QModelIndex &teamNode) const
{
    // Like the team's progress (ProgressRollUp::team), a mean in which objectives nothing measures count as 0.
    const ProgressRollUp &rollUp = m_model.progress();
    double sum = 0.0;
    double expectedSum = 0.0;
    bool measured = false;
    const int objectives = m_model.rowCount(teamNode);
    for (int row = 0; row < objectives; ++row) {
        const Id objectiveId =
            AlignmentTreeModel::itemId(m_model.index(row, AlignmentTreeModel::TitleColumn, teamNode));
        sum += rollUp.objective(objectiveId);
        expectedSum += rollUp.objectiveExpected(objectiveId);
        measured = measured || rollUp.hasContributors(objectiveId);
    }
    if (!measured)
        return std::nullopt;
    const double progress = sum / double(objectives);
    const double expected = expectedSum / double(objectives);
    return Standing{progress, expected, Scoring::paceStatus(expected, progress, rollUp.thresholds()), std::nullopt};
}

QVariant TreeCellPresenter::teamData(const QModelIndex &index, int column, int role) const
{
    const CyclePlan &plan = m_model.plan();
    const QModelIndex node = index.siblingAtColumn(AlignmentTreeModel::TitleColumn);
    const Id teamId = AlignmentTreeModel::itemId(index);
    const Team *team = plan.team(teamId);
    const std::optional<Standing> standing = teamNodeStanding(node);
    if (role == ItemRoles::HasContributorsRole)
        return standing.has_value();
    if (role == Qt::FontRole)
        return boldFont();
    switch (column) {
    case AlignmentTreeModel::TitleColumn:
        if (role == Qt::DisplayRole)
            return team->name;
        if (role == Qt::DecorationRole) {
            // Taken when first shown: the style's first icon from the desktop's theme reads the theme, 4 % of
            // the work before the empty window is drawn at start-up.
            if (!m_teamIcon)
                m_teamIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
            return *m_teamIcon; // a group, not an item: tells the node from the objectives at a glance
        }
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
        if (!standing) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == ItemRoles::ProgressRole)
                return 0.0;
            return {};
        }
        if (role == Qt::ToolTipRole)
            return tr("%1\nThe mean of the %n objective(s) below. With its aligned objectives the team stands at %2.",
                      nullptr, m_model.rowCount(node))
                .arg(StatusWords::paceSentence(standing->progress, standing->expected, m_model.referenceDate(),
                                               standing->pace),
                     DomainText::percent(m_model.progress().team(teamId)));
        return progressData(*standing, role);
    case AlignmentTreeModel::StatusColumn:
        if (!standing)
            return {};
        return role == Qt::ToolTipRole
                   ? QVariant(tr("%1\n\n%2")
                                  .arg(StatusWords::paceSentence(standing->progress, standing->expected,
                                                                 m_model.referenceDate(), standing->pace),
                                       StatusWords::legend()))
                   : statusData(*standing, role);
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
            // The whole title first: the column elides a long one in the middle.
            const QString commitment = objective.commitment == Commitment::Committed ? tr("Committed objective")
                                                                                     : tr("Aspirational objective");
            const QString titled = tr("%1\n%2").arg(objective.title, commitment);
            return objective.description.isEmpty() ? titled : tr("%1\n\n%2").arg(titled, objective.description);
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
        return progressData(standing(objective), role);
    case AlignmentTreeModel::StatusColumn:
        // Nothing measures it, so nothing is stated on it either: no status to show.
        if (!rollUp.hasContributors(objective.id))
            return {};
        return statusData(standing(objective), role);
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
        return progressData(standing(keyResult), role);
    case AlignmentTreeModel::StatusColumn:
        return statusData(standing(keyResult), role);
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
