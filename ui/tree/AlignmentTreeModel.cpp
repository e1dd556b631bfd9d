#include "tree/AlignmentTreeModel.h"

#include "commands/ChangeTreeItemCommand.h"
#include "document/DocumentSession.h"
#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QSet>
#include <QStyle>

namespace {

// The node kind lives in the low bits of internalId, the item's id above them.
constexpr quintptr KindBits = 2;
constexpr quintptr KindMask = (quintptr(1) << KindBits) - 1;
static_assert(sizeof(quintptr) >= sizeof(Id), "internalId must hold a document id next to the node kind");

const QString treeItemMimeType = QStringLiteral("application/x-quarterdeck-tree-item");

} // namespace

AlignmentTreeModel::AlignmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_warningIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_teamIcon(QApplication::style()->standardIcon(QStyle::SP_DirIcon))
    , m_progress(m_plan)
    , m_referenceDate(QDate::currentDate())
{
    const int iconSize = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Confidence status : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
        m_statusIcons.insert(int(status), PaceColours::statusIcon(status, QApplication::palette(), iconSize));
}

AlignmentTreeModel::~AlignmentTreeModel() = default;

void AlignmentTreeModel::setPlan(CyclePlan plan)
{
    beginResetModel();
    forgetCoachFlags();
    m_plan = std::move(plan);
    // The placements rely on the plan's lookups; rebuilding them here spares every caller that trap.
    m_plan.rebuildIndex();
    m_progress = ProgressRollUp(m_plan);
    rebuildPlacements();
    endResetModel();
}

void AlignmentTreeModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &DocumentSession::changed, this, &AlignmentTreeModel::followChange);
}

void AlignmentTreeModel::followChange(const DocumentChange &change)
{
    // KPIs are not part of a cycle's plan.
    if (m_plan.cycle.id == NoId || change.kind == DocumentChange::Kind::KpisChanged ||
        (change.cycleId != NoId && change.cycleId != m_plan.cycle.id))
        return;
    try {
        updatePlan(m_session->repository().queries().loadCyclePlan(m_plan.cycle.id));
    } catch (const DocumentError &error) {
        m_session->reportReadFailure(error.message());
    }
}

void AlignmentTreeModel::updatePlan(CyclePlan plan)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    forgetCoachFlags();
    m_plan = std::move(plan);
    m_plan.rebuildIndex();
    m_progress = ProgressRollUp(m_plan);
    rebuildPlacements();
    // The internalId names the item: look each persistent index's item up in the new placements.
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(indexFor(nodeKind(index), itemId(index), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
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
    m_topLevelNodes.clear();
    m_teamNodeObjectives.clear();
    m_objectivePlacements.clear();
    m_keyResultPlacements.clear();
    m_initiativePlacements.clear();
    m_teamPlacements.clear();
    m_objectivePlacements.reserve(m_plan.objectives.size());
    m_keyResultPlacements.reserve(m_plan.keyResults.size());
    m_initiativePlacements.reserve(m_plan.initiatives.size());

    // Company objectives at the top; a team's objectives aligned to nothing in the cycle under its node.
    for (const qsizetype row : m_plan.topLevelObjectives()) {
        const Objective &objective = m_plan.objectives[row];
        if (isCompanyTeam(objective.teamId)) {
            m_objectivePlacements.insert(objective.id, {RootNode, int(m_topLevelNodes.size())});
            m_topLevelNodes.append(encode(NodeKind::Objective, objective.id));
        } else {
            QList<qsizetype> &grouped = m_teamNodeObjectives[objective.teamId];
            m_objectivePlacements.insert(objective.id, {encode(NodeKind::Team, objective.teamId), int(grouped.size())});
            grouped.append(row);
        }
    }
    for (const Team &team : std::as_const(m_plan.teams)) {
        if (!m_teamNodeObjectives.contains(team.id))
            continue;
        m_teamPlacements.insert(team.id, {RootNode, int(m_topLevelNodes.size())});
        m_topLevelNodes.append(encode(NodeKind::Team, team.id));
    }

    for (const Objective &objective : std::as_const(m_plan.objectives)) {
        // An objective's own key results come first, then the objectives aligned to it.
        const quintptr node = encode(NodeKind::Objective, objective.id);
        const QList<qsizetype> &keyResults = m_plan.keyResultsOf(objective.id);
        for (qsizetype row = 0; row < keyResults.size(); ++row)
            m_keyResultPlacements.insert(m_plan.keyResults[keyResults[row]].id, {node, int(row)});
        const QList<qsizetype> &aligned = m_plan.alignedObjectives(objective.id);
        for (qsizetype row = 0; row < aligned.size(); ++row)
            m_objectivePlacements.insert(m_plan.objectives[aligned[row]].id, {node, int(keyResults.size() + row)});
    }

    for (const KeyResult &keyResult : std::as_const(m_plan.keyResults)) {
        const quintptr node = encode(NodeKind::KeyResult, keyResult.id);
        const QList<qsizetype> &initiatives = m_plan.initiativesOf(keyResult.id);
        for (qsizetype row = 0; row < initiatives.size(); ++row)
            m_initiativePlacements.insert(m_plan.initiatives[initiatives[row]].id, {node, int(row)});
    }
}

bool AlignmentTreeModel::isCompanyTeam(Id teamId) const
{
    // An objective of a team the plan does not know has no node to go under: it stays at the top too.
    const Team *team = m_plan.team(teamId);
    return !team || team->parentId == NoId;
}

bool AlignmentTreeModel::isShownAligned(Id objectiveId) const
{
    const quintptr parentNode = m_objectivePlacements.value(objectiveId).parentNode;
    return parentNode != RootNode && kindOf(parentNode) == NodeKind::Objective;
}

quintptr AlignmentTreeModel::encode(NodeKind kind, Id id)
{
    return (quintptr(id) << KindBits) | quintptr(kind);
}

AlignmentTreeModel::NodeKind AlignmentTreeModel::kindOf(quintptr node)
{
    return NodeKind(node & KindMask);
}

Id AlignmentTreeModel::idOf(quintptr node)
{
    return Id(node >> KindBits);
}

Id AlignmentTreeModel::itemId(const QModelIndex &index)
{
    return idOf(index.internalId());
}

AlignmentTreeModel::NodeKind AlignmentTreeModel::nodeKind(const QModelIndex &index)
{
    return kindOf(index.internalId());
}

const QHash<Id, AlignmentTreeModel::Placement> &AlignmentTreeModel::placements(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::Objective:
        return m_objectivePlacements;
    case NodeKind::KeyResult:
        return m_keyResultPlacements;
    case NodeKind::Initiative:
        return m_initiativePlacements;
    case NodeKind::Team:
        break;
    }
    return m_teamPlacements;
}

QModelIndex AlignmentTreeModel::indexFor(NodeKind kind, Id id, int column) const
{
    const QHash<Id, Placement> &placementsOfKind = placements(kind);
    const auto placement = placementsOfKind.constFind(id);
    return placement == placementsOfKind.constEnd() ? QModelIndex()
                                                    : createIndex(placement->rowInParent, column, encode(kind, id));
}

QModelIndex AlignmentTreeModel::indexFor(quintptr node, int column) const
{
    return node == RootNode ? QModelIndex() : indexFor(kindOf(node), idOf(node), column);
}

QModelIndex AlignmentTreeModel::objectiveIndex(Id objectiveId, int column) const
{
    return indexFor(NodeKind::Objective, objectiveId, column);
}

QModelIndex AlignmentTreeModel::keyResultIndex(Id keyResultId, int column) const
{
    return indexFor(NodeKind::KeyResult, keyResultId, column);
}

QModelIndex AlignmentTreeModel::initiativeIndex(Id initiativeId, int column) const
{
    return indexFor(NodeKind::Initiative, initiativeId, column);
}

QModelIndex AlignmentTreeModel::teamIndex(Id teamId, int column) const
{
    return indexFor(NodeKind::Team, teamId, column);
}

TreeItem AlignmentTreeModel::item(const QModelIndex &index) const
{
    Q_ASSERT(nodeKind(index) != NodeKind::Team);
    const Id id = itemId(index);
    switch (nodeKind(index)) {
    case NodeKind::Objective:
        return *m_plan.objective(id);
    case NodeKind::KeyResult:
        return *m_plan.keyResult(id);
    case NodeKind::Initiative:
    case NodeKind::Team:
        break;
    }
    return *m_plan.initiative(id);
}

Id AlignmentTreeModel::teamId(const QModelIndex &index) const
{
    if (!index.isValid())
        return NoId;
    const Id id = itemId(index);
    const NodeKind kind = nodeKind(index);
    Id objectiveId = id;
    switch (kind) {
    case NodeKind::Team:
        return id;
    case NodeKind::Objective:
        break;
    case NodeKind::Initiative:
    case NodeKind::KeyResult: {
        Id keyResultId = id;
        if (kind == NodeKind::Initiative) {
            const Initiative *initiative = m_plan.initiative(id);
            keyResultId = initiative ? initiative->keyResultId : NoId;
        }
        const KeyResult *keyResult = m_plan.keyResult(keyResultId);
        objectiveId = keyResult ? keyResult->objectiveId : NoId;
        break;
    }
    }
    const Objective *objective = m_plan.objective(objectiveId);
    return objective ? objective->teamId : NoId;
}

void AlignmentTreeModel::forgetCoachFlags()
{
    m_coachFlags.clear();
    m_planFindings.reset();
}

QList<CoachFlag> AlignmentTreeModel::coachFlags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this ||
        (nodeKind(index) != NodeKind::Objective && nodeKind(index) != NodeKind::KeyResult))
        return {};
    const quintptr key = encode(nodeKind(index), itemId(index));
    if (const auto cached = m_coachFlags.constFind(key); cached != m_coachFlags.constEnd())
        return *cached;

    if (!m_planFindings) {
        // The set checks run over the whole plan once; each finding goes to the rows it is about.
        m_planFindings.emplace();
        for (const PlanFinding &finding : m_coach.reviewPlan(m_plan)) {
            if (finding.flag.code == QLatin1String(CoachCode::DuplicateKeyResult)) {
                for (const Id keyResultId : finding.keyResultIds)
                    (*m_planFindings)[encode(NodeKind::KeyResult, keyResultId)].append(finding.flag);
            } else if (finding.objectiveId != NoId) {
                (*m_planFindings)[encode(NodeKind::Objective, finding.objectiveId)].append(finding.flag);
            } else {
                for (const qsizetype row : m_plan.objectivesOfTeam(finding.teamId))
                    (*m_planFindings)[encode(NodeKind::Objective, m_plan.objectives[row].id)].append(finding.flag);
            }
        }
    }

    QList<CoachFlag> flags;
    if (nodeKind(index) == NodeKind::Objective) {
        flags = m_coach.reviewObjective(m_plan.objective(itemId(index))->title).flags;
    } else {
        const KeyResult &keyResult = *m_plan.keyResult(itemId(index));
        KeyResultContext context;
        context.current = keyResult.current;
        context.start = keyResult.start;
        flags = m_coach.reviewKeyResult(keyResult.title, context).flags;
    }
    flags.append(m_planFindings->value(key));
    m_coachFlags.insert(key, flags);
    return flags;
}

QVariant AlignmentTreeModel::coachData(const QModelIndex &index, int role) const
{
    const QList<CoachFlag> flags = coachFlags(index);
    if (flags.isEmpty())
        return {};
    if (role == Qt::DecorationRole)
        return m_warningIcon;
    QStringList lines;
    for (const CoachFlag &flag : flags)
        lines.append(tr("⚠ %1 %2").arg(flag.message, flag.suggestion));
    return lines.join(QLatin1Char('\n'));
}

QModelIndex AlignmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    if (!parent.isValid())
        return row < m_topLevelNodes.size() ? createIndex(row, column, m_topLevelNodes[row]) : QModelIndex();
    const Id parentId = itemId(parent);
    switch (nodeKind(parent)) {
    case NodeKind::Team: {
        const QList<qsizetype> grouped = m_teamNodeObjectives.value(parentId);
        return row < grouped.size()
                   ? createIndex(row, column, encode(NodeKind::Objective, m_plan.objectives[grouped[row]].id))
                   : QModelIndex();
    }
    case NodeKind::Objective: {
        const QList<qsizetype> &keyResults = m_plan.keyResultsOf(parentId);
        if (row < keyResults.size())
            return createIndex(row, column, encode(NodeKind::KeyResult, m_plan.keyResults[keyResults[row]].id));
        const QList<qsizetype> &aligned = m_plan.alignedObjectives(parentId);
        const qsizetype alignedRow = row - keyResults.size();
        return alignedRow < aligned.size()
                   ? createIndex(row, column, encode(NodeKind::Objective, m_plan.objectives[aligned[alignedRow]].id))
                   : QModelIndex();
    }
    case NodeKind::KeyResult: {
        const QList<qsizetype> &initiatives = m_plan.initiativesOf(parentId);
        return row < initiatives.size()
                   ? createIndex(row, column, encode(NodeKind::Initiative, m_plan.initiatives[initiatives[row]].id))
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
    return indexFor(placements(nodeKind(child)).value(itemId(child)).parentNode, TitleColumn);
}

int AlignmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevelNodes.size());
    if (parent.column() > 0)
        return 0;
    const Id parentId = itemId(parent);
    switch (nodeKind(parent)) {
    case NodeKind::Team:
        return int(m_teamNodeObjectives.value(parentId).size());
    case NodeKind::Objective:
        return int(m_plan.keyResultsOf(parentId).size() + m_plan.alignedObjectives(parentId).size());
    case NodeKind::KeyResult:
        return int(m_plan.initiativesOf(parentId).size());
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
        return m_session ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // dropping an objective there un-aligns it
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const NodeKind kind = nodeKind(index);
    if (kind == NodeKind::Initiative)
        result |= Qt::ItemNeverHasChildren;
    if (!m_session)
        return result;
    if (kind == NodeKind::Team)
        return result | Qt::ItemIsDropEnabled; // its team's aligned objectives dropped here are un-aligned
    if (index.column() == TitleColumn || (index.column() == OwnerColumn && kind != NodeKind::Objective))
        result |= Qt::ItemIsEditable;
    if (kind != NodeKind::Initiative)
        result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return result;
}

bool AlignmentTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_session || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !flags(index).testFlag(Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return true; // nothing to undo
    const TreeItem before = item(index);
    TreeItem after = before;
    ChangeTreeItemCommand::Field field = ChangeTreeItemCommand::Field::Title;
    if (index.column() == TitleColumn) {
        if (text.isEmpty())
            return false; // everything in the tree has a title
        std::visit([&](auto &changed) { changed.title = text; }, after);
    } else {
        field = ChangeTreeItemCommand::Field::Owner;
        std::visit(
            [&](auto &changed) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(changed)>, Objective>)
                    changed.owner = text;
            },
            after);
    }
    m_session->push(new ChangeTreeItemCommand(*m_session, m_plan.cycle.id, before, after, field));
    return true;
}

QStringList AlignmentTreeModel::mimeTypes() const
{
    return {treeItemMimeType};
}

QMimeData *AlignmentTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(treeItemMimeType, QByteArray::number(quint64(indexes.first().internalId())));
    return data;
}

Qt::DropActions AlignmentTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool AlignmentTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropFor(data, row, parent).has_value();
}

bool AlignmentTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent)
{
    const std::optional<Drop> drop = dropFor(data, row, parent);
    if (!m_session || action != Qt::MoveAction || !drop)
        return false;
    const QModelIndex dragged = indexFor(drop->kind, drop->id, TitleColumn);
    const TreeItem before = item(dragged);
    TreeItem after = before;
    if (auto *objective = std::get_if<Objective>(&after))
        objective->parentId = drop->newParentId;
    else if (auto *keyResult = std::get_if<KeyResult>(&after))
        keyResult->position = drop->newPosition;
    m_session->push(
        new ChangeTreeItemCommand(*m_session, m_plan.cycle.id, before, after, ChangeTreeItemCommand::Field::Placement));
    return true;
}

std::optional<AlignmentTreeModel::Drop> AlignmentTreeModel::dropFor(const QMimeData *data, int row,
                                                                    const QModelIndex &parent) const
{
    if (!m_session || !data || !data->hasFormat(treeItemMimeType) || parent.column() > 0)
        return std::nullopt;
    bool valid = false;
    const quintptr internalId = quintptr(data->data(treeItemMimeType).toULongLong(&valid));
    if (!valid)
        return std::nullopt;
    const QModelIndex dragged = createIndex(0, 0, internalId);
    Drop drop{nodeKind(dragged), itemId(dragged), NoId, 0};
    const QModelIndex draggedIndex = indexFor(drop.kind, drop.id, TitleColumn);
    if (!draggedIndex.isValid())
        return std::nullopt;

    if (drop.kind == NodeKind::Objective) {
        const Objective &objective = *m_plan.objective(drop.id);
        if (parent.isValid()) {
            const NodeKind parentKind = nodeKind(parent);
            // Onto its own team's node: aligned to nothing, it is shown there.
            if (parentKind == NodeKind::Team && itemId(parent) != objective.teamId)
                return std::nullopt;
            if (parentKind != NodeKind::Team && parentKind != NodeKind::Objective)
                return std::nullopt;
            drop.newParentId = parentKind == NodeKind::Objective ? itemId(parent) : NoId;
        }
        if ((drop.newParentId == objective.parentId && (isShownAligned(drop.id) || drop.newParentId == NoId)) ||
            !canAlign(drop.id, drop.newParentId))
            return std::nullopt;
        return drop;
    }
    if (drop.kind != NodeKind::KeyResult)
        return std::nullopt;
    // Reordering within its objective: between rows of the objective, or onto a sibling (takes its place).
    const Id objectiveId = m_plan.keyResult(drop.id)->objectiveId;
    const int oldRow = draggedIndex.row();
    int newRow = -1;
    if (parent.isValid() && nodeKind(parent) == NodeKind::Objective && itemId(parent) == objectiveId && row >= 0) {
        const int siblings = int(m_plan.keyResultsOf(objectiveId).size());
        if (row > siblings)
            return std::nullopt; // among the aligned objectives, not the key results
        newRow = row > oldRow ? row - 1 : row;
    } else if (parent.isValid() && nodeKind(parent) == NodeKind::KeyResult && row < 0 &&
               m_plan.keyResult(itemId(parent))->objectiveId == objectiveId) {
        newRow = parent.row();
    }
    if (newRow < 0 || newRow == oldRow)
        return std::nullopt;
    drop.newPosition = newRow;
    return drop;
}

bool AlignmentTreeModel::canAlign(Id objectiveId, Id parentObjectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return false;
    if (parentObjectiveId == NoId)
        return true;
    // Not below itself: walk up from the new parent.
    for (const Objective *above = m_plan.objective(parentObjectiveId); above;
         above = m_plan.objective(above->parentId)) {
        if (above->id == objectiveId)
            return false;
    }
    // The parent's team is above the objective's team.
    return isBelow(objective->teamId, m_plan.objective(parentObjectiveId)->teamId);
}

QList<Id> AlignmentTreeModel::teamsFor(Id objectiveId) const
{
    const Objective *objective = m_plan.objective(objectiveId);
    if (!objective)
        return {};
    // The objectives aligned to it stay aligned: its team must be above each of theirs. Collected once as the teams
    // above all of them, so a company objective with hundreds aligned costs a pass over those, not one per team.
    std::optional<QSet<Id>> aboveAligned;
    for (const qsizetype row : m_plan.alignedObjectives(objectiveId)) {
        QSet<Id> above;
        const Team *team = m_plan.team(m_plan.objectives[row].teamId);
        for (team = team ? m_plan.team(team->parentId) : nullptr; team; team = m_plan.team(team->parentId))
            above.insert(team->id);
        if (aboveAligned)
            aboveAligned->intersect(above);
        else
            aboveAligned = std::move(above);
    }
    // It stays aligned too: below its parent's team. A parent outside the cycle (an annual company objective) is
    // above every team.
    const Objective *parent = m_plan.objective(objective->parentId);
    QList<Id> teams;
    for (const Team &team : m_plan.teams) {
        const bool fits = (!m_plan.cycle.annual || team.parentId == NoId) && // the annual cycle: company objectives
                          (!parent || isBelow(team.id, parent->teamId)) &&
                          (!aboveAligned || aboveAligned->contains(team.id));
        if (fits || team.id == objective->teamId)
            teams.append(team.id);
    }
    return teams;
}

bool AlignmentTreeModel::isBelow(Id teamId, Id aboveTeamId) const
{
    const Team *team = m_plan.team(teamId);
    for (const Team *above = team ? m_plan.team(team->parentId) : nullptr; above;
         above = m_plan.team(above->parentId)) {
        if (above->id == aboveTeamId)
            return true;
    }
    return false;
}

QVariant AlignmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == StatusColumn && role == Qt::ToolTipRole)
        return tr("Pace: progress against the share of the cycle elapsed. Said: the confidence the team stated in "
                  "its latest check-in. The mark's colour and shape (● on track, ▲ at risk, ■ off track) show the "
                  "more worried of the two.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OwnerColumn:
        return tr("Team / Owner");
    case ProgressColumn:
        return tr("Progress");
    case StatusColumn:
        return tr("Status");
    case ValueColumn:
        return tr("Current / Target");
    case GradeColumn:
        return tr("Grade");
    default:
        return {};
    }
}

QVariant AlignmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Id id = itemId(index);
    const NodeKind kind = nodeKind(index);
    if (role == NodeKindRole)
        return int(kind);
    if (role == ItemIdRole)
        return id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == TitleColumn || index.column() == OwnerColumn || index.column() == StatusColumn
                   ? QVariant()
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Progress roles answer on every column, so views of a single column (the board, a details pane) can use them.
    const bool progressRole = role == ProgressRole || role == ExpectedProgressRole || role == PaceStatusRole;
    const int column = progressRole ? int(ProgressColumn) : index.column();
    if (kind == NodeKind::Team)
        return teamData(id, column, role);
    if (role == Qt::EditRole) {
        const TreeItem shown = item(index);
        if (index.column() == TitleColumn)
            return TreeItems::titleOf(shown);
        if (index.column() == OwnerColumn && kind != NodeKind::Objective)
            return kind == NodeKind::KeyResult ? std::get<KeyResult>(shown).owner : std::get<Initiative>(shown).owner;
        return {};
    }
    if (index.column() == TitleColumn && kind != NodeKind::Initiative &&
        (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const QVariant coach = coachData(index, role);
        if (role == Qt::DecorationRole)
            return coach;
        if (coach.isValid()) {
            const QVariant own = kind == NodeKind::Objective ? objectiveData(*m_plan.objective(id), TitleColumn, role)
                                                             : keyResultData(*m_plan.keyResult(id), TitleColumn, role);
            return tr("%1\n\n%2").arg(own.toString(), coach.toString());
        }
    }
    switch (kind) {
    case NodeKind::Objective:
        return objectiveData(*m_plan.objective(id), column, role);
    case NodeKind::KeyResult:
        return keyResultData(*m_plan.keyResult(id), column, role);
    case NodeKind::Initiative:
        return initiativeData(*m_plan.initiative(id), column, role);
    case NodeKind::Team:
        break;
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

QString AlignmentTreeModel::paceAndStatedText(double progress, const std::optional<LatestCheckIn> &stated) const
{
    const QString pace = progressData(progress, Qt::ToolTipRole).toString();
    if (!stated)
        return tr("%1\nNo check-in yet.").arg(pace);
    return tr("%1\nThe team said %2 on %3.")
        .arg(pace, DomainText::confidence(stated->confidence), QLocale().toString(stated->date, QLocale::ShortFormat));
}

QVariant AlignmentTreeModel::statusData(std::optional<double> progress, std::optional<LatestCheckIn> stated,
                                        int role) const
{
    if (!progress && !stated)
        return {};
    const std::optional<Confidence> pace =
        progress ? std::optional(Scoring::paceStatus(expectedProgress(), *progress)) : std::nullopt;
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
        const QString text = progress ? paceAndStatedText(*progress, stated)
                                      : tr("Nothing measures it yet.\nThe team said %1 on %2.")
                                            .arg(DomainText::confidence(stated->confidence),
                                                 QLocale().toString(stated->date, QLocale::ShortFormat));
        return tr("%1\n\n%2").arg(text, headerData(StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    default:
        return {};
    }
}

QString AlignmentTreeModel::statusText(std::optional<Confidence> pace, std::optional<Confidence> stated)
{
    if (pace && stated && *pace == *stated)
        return tr("%1, as said").arg(DomainText::confidence(*pace));
    if (pace && stated)
        return tr("%1 · said %2").arg(DomainText::confidence(*pace), DomainText::confidence(*stated));
    if (pace)
        return DomainText::confidence(*pace);
    return stated ? tr("said %1").arg(DomainText::confidence(*stated)) : QString();
}

std::optional<LatestCheckIn> AlignmentTreeModel::statedConfidence(const KeyResult &keyResult) const
{
    const auto stated = m_plan.latestCheckIns.constFind(keyResult.id);
    return stated == m_plan.latestCheckIns.constEnd() ? std::nullopt : std::optional(*stated);
}

std::optional<LatestCheckIn> AlignmentTreeModel::statedConfidence(const Objective &objective) const
{
    // The most worried of its own key results' latest check-ins, dated by the latest of them.
    std::optional<LatestCheckIn> worst;
    for (const qsizetype row : m_plan.keyResultsOf(objective.id)) {
        const std::optional<LatestCheckIn> stated = statedConfidence(m_plan.keyResults[row]);
        if (!stated)
            continue;
        if (!worst)
            worst = stated;
        worst->confidence = Scoring::moreWorried(worst->confidence, stated->confidence);
        worst->date = std::max(worst->date, stated->date);
    }
    return worst;
}

std::optional<double> AlignmentTreeModel::teamNodeProgress(Id teamId) const
{
    // Like the team's progress (ProgressRollUp::team), a mean in which objectives nothing measures count as 0.
    double sum = 0.0;
    bool measured = false;
    const QList<qsizetype> grouped = m_teamNodeObjectives.value(teamId);
    for (const qsizetype row : grouped) {
        const Id objectiveId = m_plan.objectives[row].id;
        sum += m_progress.objective(objectiveId);
        measured = measured || m_progress.hasContributors(objectiveId);
    }
    return measured ? std::optional(sum / double(grouped.size())) : std::nullopt;
}

QVariant AlignmentTreeModel::teamData(Id teamId, int column, int role) const
{
    const Team *team = m_plan.team(teamId);
    const std::optional<double> progress = teamNodeProgress(teamId);
    if (role == HasContributorsRole)
        return progress.has_value();
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const qsizetype objectives = m_teamNodeObjectives.value(teamId).size();
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return team->name;
        if (role == Qt::DecorationRole)
            return m_teamIcon; // a group, not an item: tells the node from the objectives at a glance
        if (role == Qt::ToolTipRole)
            return tr("%1: the team's objectives that are not aligned to an objective of this cycle. Drag one of "
                      "its aligned objectives here to stop aligning it.")
                .arg(team->name);
        break;
    case OwnerColumn:
        // Where the team sits: with many teams a name alone does not say which department it is in.
        if (const Team *above = m_plan.team(team->parentId); above && role == Qt::DisplayRole)
            return above->name;
        else if (above && role == Qt::ToolTipRole)
            return tr("Part of %1").arg(above->name);
        break;
    case ProgressColumn:
        if (!progress) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == ProgressRole)
                return 0.0;
            return {};
        }
        if (role == Qt::ToolTipRole)
            return tr("%1\nThe mean of the %n objective(s) below. With its aligned objectives the team stands at %2.",
                      nullptr, int(objectives))
                .arg(progressData(*progress, role).toString(), DomainText::percent(m_progress.team(teamId)));
        return progressData(*progress, role);
    case StatusColumn:
        return statusData(progress, std::nullopt, role);
    default:
        break;
    }
    return {};
}

QVariant AlignmentTreeModel::objectiveData(const Objective &objective, int column, int role) const
{
    if (role == HasContributorsRole)
        return m_progress.hasContributors(objective.id);
    if (role == StatedConfidenceRole) {
        const std::optional<LatestCheckIn> stated = statedConfidence(objective);
        return stated ? QVariant(int(stated->confidence)) : QVariant();
    }
    if (role == Qt::FontRole && !isShownAligned(objective.id)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return objective.title;
        if (role == Qt::ToolTipRole) {
            const QString commitment = objective.commitment == Commitment::Committed ? tr("Committed objective")
                                                                                     : tr("Aspirational objective");
            return objective.description.isEmpty() ? commitment : tr("%1\n\n%2").arg(commitment, objective.description);
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
    case StatusColumn:
        return statusData(m_progress.hasContributors(objective.id) ? std::optional(m_progress.objective(objective.id))
                                                                   : std::nullopt,
                          statedConfidence(objective), role);
    case GradeColumn:
        if (!objective.grade)
            break;
        if (role == Qt::DisplayRole)
            return QLocale().toString(*objective.grade, 'f', 1);
        if (role == Qt::ForegroundRole)
            return gradeColour(*objective.grade, objective.commitment);
        if (role == Qt::ToolTipRole) {
            const QString grade = objective.commitment == Commitment::Committed
                                      ? tr("Graded %1 at the review (committed: 1.0 is a success)")
                                      : tr("Graded %1 at the review (aspirational: about 0.7 is a success)");
            return objective.gradeNote.isEmpty()
                       ? grade.arg(QLocale().toString(*objective.grade, 'f', 1))
                       : tr("%1\n\n%2")
                             .arg(grade.arg(QLocale().toString(*objective.grade, 'f', 1)), objective.gradeNote);
        }
        break;
    default:
        break;
    }
    return {};
}

QColor AlignmentTreeModel::gradeColour(double grade, Commitment commitment)
{
    // The pace palette: green, yellow-orange, red read the same way in the grade column as in the progress bars.
    switch (Scoring::gradeColour(grade, commitment)) {
    case Scoring::GradeColour::Green:
        return PaceColours::forStatus(Confidence::OnTrack, QPalette());
    case Scoring::GradeColour::Yellow:
        return PaceColours::forStatus(Confidence::AtRisk, QPalette());
    case Scoring::GradeColour::Red:
        break;
    }
    return PaceColours::forStatus(Confidence::OffTrack, QPalette());
}

QVariant AlignmentTreeModel::keyResultData(const KeyResult &keyResult, int column, int role) const
{
    if (role == StatedConfidenceRole) {
        const std::optional<LatestCheckIn> stated = statedConfidence(keyResult);
        return stated ? QVariant(int(stated->confidence)) : QVariant();
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
        if (role == Qt::ToolTipRole)
            return paceAndStatedText(Scoring::progress(keyResult), statedConfidence(keyResult));
        return progressData(Scoring::progress(keyResult), role);
    case StatusColumn:
        return statusData(Scoring::progress(keyResult), statedConfidence(keyResult), role);
    case ValueColumn:
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

QVariant AlignmentTreeModel::initiativeData(const Initiative &initiative, int column, int role) const
{
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
        return initiative.due.isValid() ? tr("%1, due %2")
                                              .arg(DomainText::initiativeStatus(initiative.status),
                                                   QLocale().toString(initiative.due, QStringLiteral("d MMM")))
                                        : DomainText::initiativeStatus(initiative.status);
    default:
        return {};
    }
}
