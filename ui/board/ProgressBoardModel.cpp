#include "board/ProgressBoardModel.h"

#include "board/StatusCountText.h"
#include "model/IsoWeek.h"
#include "model/TextLimits.h"
#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/StatusWords.h"
#include "text/ValueFormat.h"
#include "widgets/ItemRoles.h"
#include "widgets/ProgressCell.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {

// internalId: 0 for a team row; team row + 1 for the objectives under it.
constexpr quintptr TeamRowId = 0;

// A check-in is dated by its week, whose Friday may still be ahead: the board names the week by its Monday, so a
// check-in made today never shows a date in the future.
QDate weekStart(QDate checkInDate)
{
    return IsoWeek::containing(checkInDate).monday();
}

QString shortDate(QDate checkInDate)
{
    return ValueFormat().dayAndMonth(weekStart(checkInDate));
}

} // namespace

ProgressBoardModel::ProgressBoardModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_headers({{tr("Team / objective")},
                 {tr("Progress")},
                 {tr("Status"), StatusWords::legend()},
                 {tr("Key results"), tr("Key results by status: the more worried of pace and stated confidence")},
                 {tr("Last check-in")},
                 {tr("Notes")}})
{
}

void ProgressBoardModel::setPlan(const CyclePlan &plan, const KeyResultHistories &histories, QDate referenceDate)
{
    beginResetModel();
    m_cycle = plan.cycle;
    m_referenceDate = referenceDate;
    m_expectedProgress = Scoring::expectedProgress(plan.cycle, referenceDate);
    m_summary = BoardSummary::build(plan, ProgressRollUp(plan, referenceDate), histories, referenceDate);
    m_objectiveRows.clear();
    m_teamRows.clear();
    m_objectiveCount = 0;
    for (int teamRow = 0; teamRow < m_summary.teams.size(); ++teamRow) {
        m_teamRows.insert(m_summary.teams[teamRow].id, teamRow);
        const QList<ProgressBoard::ObjectiveCard> &objectives = m_summary.teams[teamRow].objectives;
        for (int row = 0; row < objectives.size(); ++row)
            m_objectiveRows.insert(objectives[row].id, {teamRow, row});
        m_objectiveCount += objectives.size();
    }
    endResetModel();
}

const ProgressBoard::TeamCard *ProgressBoardModel::teamAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype teamRow = index.internalId() == TeamRowId ? index.row() : qsizetype(index.internalId() - 1);
    return teamRow < m_summary.teams.size() ? &m_summary.teams[teamRow] : nullptr;
}

const ProgressBoard::ObjectiveCard *ProgressBoardModel::objectiveAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TeamRowId)
        return nullptr;
    const ProgressBoard::TeamCard *team = teamAt(index);
    return team && index.row() < team->objectives.size() ? &team->objectives[index.row()] : nullptr;
}

QModelIndex ProgressBoardModel::objectiveIndex(Id objectiveId, int column) const
{
    const auto found = m_objectiveRows.constFind(objectiveId);
    if (found == m_objectiveRows.constEnd())
        return {};
    return createIndex(found->second, column, quintptr(found->first) + 1);
}

QModelIndex ProgressBoardModel::teamIndex(Id teamId, int column) const
{
    const auto found = m_teamRows.constFind(teamId);
    return found == m_teamRows.constEnd() ? QModelIndex() : createIndex(*found, column, TeamRowId);
}

QModelIndex ProgressBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TeamRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProgressBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TeamRowId)
        return {};
    return createIndex(int(child.internalId() - 1), TitleColumn, TeamRowId);
}

int ProgressBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_summary.teams.size());
    if (parent.column() != TitleColumn || parent.internalId() != TeamRowId)
        return 0;
    return int(m_summary.teams[parent.row()].objectives.size());
}

int ProgressBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ProgressBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TeamRowId)
        itemFlags |= Qt::ItemNeverHasChildren;
    return itemFlags;
}

QVariant ProgressBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}

QVariant ProgressBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (role == ItemRoles::IsTeamRole)
        return index.internalId() == TeamRowId;
    QVariant cell;
    if (const ProgressBoard::ObjectiveCard *objective = objectiveAt(index))
        cell = objectiveData(*objective, index.column(), role);
    else if (const ProgressBoard::TeamCard *team = teamAt(index))
        cell = teamData(*team, index.column(), role);
    // Text written before the limits is shown cut, as in the tree.
    return cell.typeId() == QMetaType::QString ? QVariant(TextLimits::shown(cell.toString())) : cell;
}

QVariant ProgressBoardModel::progressData(double progress, double expected, Confidence pace,
                                          std::optional<Confidence> stated, int role) const
{
    return ProgressCell(progress, expected, pace, stated, m_referenceDate).data(role);
}

QVariant ProgressBoardModel::keyResultsData(const ProgressBoard::StatusCounts &counts, int role)
{
    if (role == Qt::DisplayRole)
        return StatusCountText::brief(counts);
    // Colour repeats the most worried word, so it never carries the meaning alone.
    const std::optional<Confidence> worst = StatusCountText::mostWorried(counts);
    if (role == Qt::ForegroundRole && worst && *worst != Confidence::OnTrack)
        return PaceColours::forStatus(*worst, QGuiApplication::palette());
    return {};
}

QVariant ProgressBoardModel::teamData(const ProgressBoard::TeamCard &team, int column, int role) const
{
    if (role == ItemRoles::ItemIdRole)
        return team.id;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // The card's header: set off from its objectives in the palette's own colours.
    if (role == Qt::BackgroundRole)
        return QGuiApplication::palette().color(QPalette::AlternateBase);
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return team.name;
        if (role == Qt::AccessibleTextRole)
            return tr("Team %1").arg(team.name);
        break;
    case ProgressColumn:
        return progressData(team.progress, team.expectedProgress, team.paceStatus, std::nullopt, role);
    case ConfidenceColumn:
        // What the team said, the most worried of its latest check-ins: its objectives' rows add the pace.
        if (!team.statedConfidence)
            return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return tr("team says %1").arg(DomainText::confidence(*team.statedConfidence));
        if (role == Qt::ToolTipRole)
            return StatusWords::statedSentence(team.statedConfidence, team.lastCheckIn);
        if (role == Qt::ForegroundRole && *team.statedConfidence != Confidence::OnTrack)
            return PaceColours::forStatus(*team.statedConfidence, QGuiApplication::palette());
        break;
    case KeyResultsColumn:
        return keyResultsData(team.keyResults, role);
    case CheckInColumn:
        if (role == Qt::DisplayRole)
            // "never" only where a check-in was due: a team without key results has nothing to check in.
            return team.lastCheckIn.isValid() ? shortDate(team.lastCheckIn)
                   : team.missingCheckIn      ? tr("never")
                                              : tr("—");
        if (role == Qt::ToolTipRole)
            return team.lastCheckIn.isValid()
                       ? tr("Latest check-in: week of %1").arg(ValueFormat().date(weekStart(team.lastCheckIn)))
                       : tr("No check-in in this cycle yet");
        break;
    case NotesColumn:
        if (!team.missingCheckIn)
            break;
        if (role == Qt::DisplayRole)
            return tr("missing check-in");
        if (role == Qt::ToolTipRole && m_summary.dueWeek)
            return tr("No check-in for week %1 (due by %2)")
                .arg(m_summary.dueWeek->toString(), ValueFormat().date(m_summary.dueWeek->friday()));
        if (role == Qt::ForegroundRole)
            return PaceColours::forStatus(Confidence::OffTrack, QGuiApplication::palette());
        break;
    default:
        break;
    }
    return {};
}

QVariant ProgressBoardModel::objectiveData(const ProgressBoard::ObjectiveCard &objective, int column, int role) const
{
    switch (role) {
    case ItemRoles::ItemIdRole:
        return objective.id;
    case ItemRoles::HasContributorsRole:
        return objective.hasKeyResults;
    case ItemRoles::StatedConfidenceRole:
        return objective.statedConfidence ? QVariant(int(*objective.statedConfidence)) : QVariant();
    default:
        break;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return objective.title;
        break;
    case ProgressColumn:
        if (!objective.hasKeyResults) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == ItemRoles::ProgressRole)
                return 0.0;
            return {};
        }
        return progressData(objective.progress, objective.expectedProgress, objective.paceStatus,
                            objective.statedConfidence, role);
    case ConfidenceColumn: {
        // Nothing measures it: no pace, only what the team said, if anything.
        const std::optional<Confidence> pace =
            objective.hasKeyResults ? std::optional(objective.paceStatus) : std::nullopt;
        const std::optional<Confidence> status = StatusWords::shown(pace, objective.statedConfidence);
        if (!status)
            return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return StatusWords::brief(pace, objective.statedConfidence);
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2\n\n%3")
                .arg(pace ? StatusWords::paceSentence(objective.progress, objective.expectedProgress, m_referenceDate,
                                                      pace)
                          : tr("Nothing measures it yet."),
                     StatusWords::statedSentence(objective.statedConfidence, objective.lastCheckIn),
                     StatusWords::legend());
        // Colour repeats what the words say, so it never carries the meaning alone.
        if (role == Qt::ForegroundRole && *status != Confidence::OnTrack)
            return PaceColours::forStatus(*status, QGuiApplication::palette());
        break;
    }
    case KeyResultsColumn:
        return keyResultsData(objective.keyResults, role);
    case CheckInColumn:
        if (role == Qt::DisplayRole)
            return objective.lastCheckIn.isValid() ? shortDate(objective.lastCheckIn) : tr("—");
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole) {
            QStringList notes;
            notes.append(objective.commitment == Commitment::Committed ? tr("committed") : tr("aspirational"));
            if (objective.stalled())
                notes.append(tr("stalled"));
            if (!objective.owners.isEmpty())
                notes.append(tr("owned by %1").arg(objective.owners.join(tr(", "))));
            return notes.join(tr(", "));
        }
        if (role == Qt::ToolTipRole && objective.stalled())
            return tr("A key result's value has not changed over its last 3 check-ins");
        break;
    default:
        break;
    }
    return {};
}
