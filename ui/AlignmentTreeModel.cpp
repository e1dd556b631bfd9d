#include "AlignmentTreeModel.h"

#include "DomainText.h"
#include "Scoring.h"

#include <QFont>

namespace {

// The node kind lives in the low bits of internalId, the row in the plan's list above them.
constexpr quintptr KindBits = 2;
constexpr quintptr KindMask = (quintptr(1) << KindBits) - 1;

} // namespace

AlignmentTreeModel::AlignmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_progress(m_plan)
    , m_referenceDate(QDate::currentDate())
{
}

AlignmentTreeModel::~AlignmentTreeModel() = default;

void AlignmentTreeModel::setPlan(CyclePlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    // The placements rely on the plan's lookups; rebuilding them here spares every caller that trap.
    m_plan.rebuildIndex();
    m_progress = ProgressRollUp(m_plan);
    rebuildPlacements();
    endResetModel();
}

void AlignmentTreeModel::setReferenceDate(QDate day)
{
    if (day == m_referenceDate)
        return;
    // Every progress cell of every depth changes: a reset says so in one signal (it happens once a day at most).
    beginResetModel();
    m_referenceDate = day;
    endResetModel();
}

double AlignmentTreeModel::expectedProgress() const
{
    return Scoring::expectedProgress(m_plan.cycle, m_referenceDate);
}

void AlignmentTreeModel::rebuildPlacements()
{
    m_objectivePlacements = QList<Placement>(m_plan.objectives.size());
    m_keyResultPlacements = QList<Placement>(m_plan.keyResults.size());
    m_initiativePlacements = QList<Placement>(m_plan.initiatives.size());

    const QList<qsizetype> &topLevel = m_plan.topLevelObjectives();
    for (qsizetype row = 0; row < topLevel.size(); ++row)
        m_objectivePlacements[topLevel[row]] = {-1, int(row)};

    for (qsizetype objectiveRow = 0; objectiveRow < m_plan.objectives.size(); ++objectiveRow) {
        const Id objectiveId = m_plan.objectives[objectiveRow].id;
        // An objective's own key results come first, then the objectives aligned to it.
        const QList<qsizetype> &keyResults = m_plan.keyResultsOf(objectiveId);
        for (qsizetype row = 0; row < keyResults.size(); ++row)
            m_keyResultPlacements[keyResults[row]] = {objectiveRow, int(row)};
        const QList<qsizetype> &aligned = m_plan.alignedObjectives(objectiveId);
        for (qsizetype row = 0; row < aligned.size(); ++row)
            m_objectivePlacements[aligned[row]] = {objectiveRow, int(keyResults.size() + row)};
    }

    for (qsizetype keyResultRow = 0; keyResultRow < m_plan.keyResults.size(); ++keyResultRow) {
        const QList<qsizetype> &initiatives = m_plan.initiativesOf(m_plan.keyResults[keyResultRow].id);
        for (qsizetype row = 0; row < initiatives.size(); ++row)
            m_initiativePlacements[initiatives[row]] = {keyResultRow, int(row)};
    }
}

quintptr AlignmentTreeModel::encode(NodeKind kind, qsizetype listRow)
{
    return (quintptr(listRow) << KindBits) | quintptr(kind);
}

qsizetype AlignmentTreeModel::listRow(const QModelIndex &index)
{
    return qsizetype(index.internalId() >> KindBits);
}

AlignmentTreeModel::NodeKind AlignmentTreeModel::nodeKind(const QModelIndex &index)
{
    return NodeKind(index.internalId() & KindMask);
}

QModelIndex AlignmentTreeModel::indexFor(NodeKind kind, qsizetype row, int column) const
{
    const QList<Placement> &placements = kind == NodeKind::Objective ? m_objectivePlacements
        : kind == NodeKind::KeyResult                                 ? m_keyResultPlacements
                                                                      : m_initiativePlacements;
    return createIndex(placements[row].rowInParent, column, encode(kind, row));
}

QModelIndex AlignmentTreeModel::objectiveIndex(Id objectiveId, int column) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    return objective ? indexFor(NodeKind::Objective, objective - m_plan.objectives.constData(), column)
                     : QModelIndex();
}

QModelIndex AlignmentTreeModel::keyResultIndex(Id keyResultId, int column) const
{
    const KeyResult *keyResult = m_plan.keyResult(keyResultId);
    return keyResult ? indexFor(NodeKind::KeyResult, keyResult - m_plan.keyResults.constData(), column)
                     : QModelIndex();
}

QModelIndex AlignmentTreeModel::initiativeIndex(Id initiativeId, int column) const
{
    const Initiative *initiative = m_plan.initiative(initiativeId);
    return initiative ? indexFor(NodeKind::Initiative, initiative - m_plan.initiatives.constData(), column)
                      : QModelIndex();
}

QModelIndex AlignmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (!parent.isValid()) {
        const QList<qsizetype> &topLevel = m_plan.topLevelObjectives();
        return row < topLevel.size() ? createIndex(row, column, encode(NodeKind::Objective, topLevel[row]))
                                     : QModelIndex();
    }
    switch (nodeKind(parent)) {
    case NodeKind::Objective: {
        const Id objectiveId = m_plan.objectives[listRow(parent)].id;
        const QList<qsizetype> &keyResults = m_plan.keyResultsOf(objectiveId);
        if (row < keyResults.size())
            return createIndex(row, column, encode(NodeKind::KeyResult, keyResults[row]));
        const QList<qsizetype> &aligned = m_plan.alignedObjectives(objectiveId);
        const qsizetype alignedRow = row - keyResults.size();
        return alignedRow < aligned.size()
            ? createIndex(row, column, encode(NodeKind::Objective, aligned[alignedRow]))
            : QModelIndex();
    }
    case NodeKind::KeyResult: {
        const QList<qsizetype> &initiatives = m_plan.initiativesOf(m_plan.keyResults[listRow(parent)].id);
        return row < initiatives.size() ? createIndex(row, column, encode(NodeKind::Initiative, initiatives[row]))
                                        : QModelIndex();
    }
    case NodeKind::Initiative:
        break;
    }
    return {};
}

QModelIndex AlignmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qsizetype row = listRow(child);
    switch (nodeKind(child)) {
    case NodeKind::Objective: {
        const qsizetype parentRow = m_objectivePlacements[row].parentListRow;
        return parentRow < 0 ? QModelIndex() : indexFor(NodeKind::Objective, parentRow, TitleColumn);
    }
    case NodeKind::KeyResult:
        return indexFor(NodeKind::Objective, m_keyResultPlacements[row].parentListRow, TitleColumn);
    case NodeKind::Initiative:
        return indexFor(NodeKind::KeyResult, m_initiativePlacements[row].parentListRow, TitleColumn);
    }
    return {};
}

int AlignmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.topLevelObjectives().size());
    if (parent.column() > 0)
        return 0;
    switch (nodeKind(parent)) {
    case NodeKind::Objective: {
        const Id objectiveId = m_plan.objectives[listRow(parent)].id;
        return int(m_plan.keyResultsOf(objectiveId).size() + m_plan.alignedObjectives(objectiveId).size());
    }
    case NodeKind::KeyResult:
        return int(m_plan.initiativesOf(m_plan.keyResults[listRow(parent)].id).size());
    case NodeKind::Initiative:
        break;
    }
    return 0;
}

int AlignmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AlignmentTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeKind(index) == NodeKind::Initiative)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant AlignmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OwnerColumn:
        return tr("Team / Owner");
    case ProgressColumn:
        return tr("Progress");
    case ValueColumn:
        return tr("Current / Target");
    default:
        return {};
    }
}

QVariant AlignmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype row = listRow(index);
    const NodeKind kind = nodeKind(index);
    if (role == NodeKindRole)
        return int(kind);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ProgressColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    switch (kind) {
    case NodeKind::Objective:
        return objectiveData(m_plan.objectives[row], index.column(), role);
    case NodeKind::KeyResult:
        return keyResultData(m_plan.keyResults[row], index.column(), role);
    case NodeKind::Initiative:
        return initiativeData(m_plan.initiatives[row], index.column(), role);
    }
    return {};
}

QVariant AlignmentTreeModel::progressData(double progress, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return DomainText::percent(progress);
    case ProgressRole:
        return progress;
    case ExpectedProgressRole:
        return expectedProgress();
    case PaceStatusRole:
        return int(Scoring::paceStatus(expectedProgress(), progress));
    case Qt::ToolTipRole:
        return tr("%1 done, %2 expected by %3: %4")
            .arg(DomainText::percent(progress), DomainText::percent(expectedProgress()),
                 QLocale().toString(m_referenceDate, QLocale::ShortFormat),
                 DomainText::confidence(Scoring::paceStatus(expectedProgress(), progress)));
    default:
        return {};
    }
}

QVariant AlignmentTreeModel::objectiveData(const Objective &objective, int column, int role) const
{
    if (role == ItemIdRole)
        return objective.id;
    if (role == HasContributorsRole)
        return m_progress.hasContributors(objective.id);
    if (role == Qt::FontRole && objective.parentId == NoId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return objective.title;
        if (role == Qt::ToolTipRole) {
            const QString commitment = objective.commitment == Commitment::Committed
                ? tr("Committed objective") : tr("Aspirational objective");
            return objective.description.isEmpty() ? commitment
                                                   : tr("%1\n\n%2").arg(commitment, objective.description);
        }
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const Team *team = m_plan.team(objective.teamId);
            const QString name = team ? team->name : QString();
            return role == Qt::DisplayRole ? name : tr("Team: %1").arg(name);
        }
        break;
    case ProgressColumn:
        if (!m_progress.hasContributors(objective.id)) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == Qt::ToolTipRole)
                return tr("Neither key results nor aligned objectives: add some to measure this objective.");
            if (role == ProgressRole)
                return 0.0;
            return {};
        }
        return progressData(m_progress.objective(objective.id), role);
    default:
        break;
    }
    return {};
}

QVariant AlignmentTreeModel::keyResultData(const KeyResult &keyResult, int column, int role) const
{
    if (role == ItemIdRole)
        return keyResult.id;
    if (role == StatedConfidenceRole) {
        const auto stated = m_plan.latestCheckIns.constFind(keyResult.id);
        return stated == m_plan.latestCheckIns.constEnd() ? QVariant() : QVariant(int(stated->confidence));
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return keyResult.title;
        if (role == Qt::ToolTipRole)
            return keyResult.description.isEmpty() ? keyResult.title
                                                   : tr("%1\n\n%2").arg(keyResult.title, keyResult.description);
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return keyResult.owner;
        if (role == Qt::ToolTipRole && !keyResult.owner.isEmpty())
            return tr("Owner: %1").arg(keyResult.owner);
        break;
    case ProgressColumn:
        if (role == Qt::ToolTipRole) {
            const QString pace = progressData(Scoring::progress(keyResult), role).toString();
            const auto stated = m_plan.latestCheckIns.constFind(keyResult.id);
            if (stated == m_plan.latestCheckIns.constEnd())
                return tr("%1\nNo check-in yet.").arg(pace);
            return tr("%1\nThe team said %2 on %3.")
                .arg(pace, DomainText::confidence(stated->confidence),
                     QLocale().toString(stated->date, QLocale::ShortFormat));
        }
        return progressData(Scoring::progress(keyResult), role);
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return DomainText::currentAndTarget(keyResult);
        if (role == Qt::ToolTipRole)
            return keyResult.current
                ? tr("Now %1, from %2 to %3")
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

QVariant AlignmentTreeModel::initiativeData(const Initiative &initiative, int column, int role) const
{
    if (role == ItemIdRole)
        return initiative.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TitleColumn:
        return initiative.title;
    case OwnerColumn:
        return role == Qt::DisplayRole ? initiative.owner : QVariant();
    case ValueColumn:
        if (role == Qt::ToolTipRole)
            return initiative.due.isValid()
                ? tr("Initiative, due %1").arg(QLocale().toString(initiative.due, QLocale::LongFormat))
                : tr("Initiative");
        return initiative.due.isValid()
            ? tr("%1, due %2").arg(DomainText::initiativeStatus(initiative.status),
                                   QLocale().toString(initiative.due, QStringLiteral("d MMM")))
            : DomainText::initiativeStatus(initiative.status);
    default:
        return {};
    }
}
