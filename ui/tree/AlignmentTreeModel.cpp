#include "tree/AlignmentTreeModel.h"

#include "commands/ChangeTreeItemCommand.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "model/AlignmentRules.h"
#include "model/TextLimits.h"
#include "preferences/Preferences.h"
#include "scoring/Scoring.h"
#include "text/StatusWords.h"
#include "text/ValueFormat.h"
#include "widgets/ItemRoles.h"

#include <QIODevice>
#include <QMimeData>

namespace {

// The node kind lives in the low bits of internalId, the item's id above them.
constexpr quintptr KindBits = 2;
constexpr quintptr KindMask = (quintptr(1) << KindBits) - 1;
static_assert(sizeof(quintptr) >= sizeof(Id), "internalId must hold a document id next to the node kind");

const QString treeItemMimeType = QStringLiteral("application/x-quarterdeck-tree-item");

} // namespace

AlignmentTreeModel::AlignmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_headers({{tr("Title")},
                 {tr("Team / Owner")},
                 {tr("Progress")},
                 {tr("Status"), StatusWords::legend()},
                 {tr("Current / Target")},
                 {tr("Grade")}})
    , m_cells(*this)
    , m_coachFlags(m_plan)
    , m_progress(m_plan)
{
}

AlignmentTreeModel::~AlignmentTreeModel() = default;

void AlignmentTreeModel::setPlan(CyclePlan plan)
{
    // The placements rely on the plan's lookups; rebuilding them here spares every caller that trap.
    plan.rebuildIndex();
    resetToIndexedPlan(std::move(plan));
}

void AlignmentTreeModel::resetToIndexedPlan(CyclePlan plan)
{
    beginResetModel();
    forgetCoachFlags();
    m_plan = std::move(plan);
    m_progress = ProgressRollUp(m_plan, m_referenceDate, Preferences::paceThresholds());
    rebuildPlacements();
    endResetModel();
}

void AlignmentTreeModel::setSession(DocumentSession *session)
{
    m_session = session;
}

void AlignmentTreeModel::setShownPlan(const ShownPlan *shownPlan)
{
    if (m_shownPlan)
        disconnect(m_shownPlan, nullptr, this, nullptr);
    m_shownPlan = shownPlan;
    if (!m_shownPlan)
        return;
    // The shown plan is indexed already: at 1,000 teams indexing it again took half the tree's reset.
    connect(m_shownPlan, &ShownPlan::cycleShown, this, [this] { resetToIndexedPlan(m_shownPlan->plan()); });
    connect(m_shownPlan, &ShownPlan::planChanged, this,
            [this](const DocumentChange &change) { updatePlan(m_shownPlan->plan(), change); });
}

void AlignmentTreeModel::updatePlan(CyclePlan plan)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    forgetCoachFlags();
    m_plan = std::move(plan);
    m_progress = ProgressRollUp(m_plan, m_referenceDate, Preferences::paceThresholds());
    rebuildPlacements();
    // The internalId names the item: look each persistent index's item up in the new placements.
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(indexFor(nodeKind(index), itemId(index), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void AlignmentTreeModel::updatePlan(CyclePlan plan, const DocumentChange &change)
{
    if (change.changesShape()) {
        updatePlan(std::move(plan));
        return;
    }
    // Same rows in the same places (the plan's lists keep their order when only values change): the placements
    // stand, and only the cells the change can touch are announced.
    forgetCoachFlags();
    m_plan = std::move(plan);
    m_progress = ProgressRollUp(m_plan, m_referenceDate, Preferences::paceThresholds());
    announceValueChange(change);
}

void AlignmentTreeModel::announceValueChange(const DocumentChange &change)
{
    QList<quintptr> edited;
    const auto addEdited = [this, &edited](NodeKind kind, const QList<Id> &ids) {
        for (const Id id : ids) {
            if (placements(kind).contains(id))
                edited.append(encode(kind, id));
        }
    };
    addEdited(NodeKind::Objective, change.objectiveIds);
    addEdited(NodeKind::KeyResult, change.keyResultIds);
    addEdited(NodeKind::Initiative, change.initiativeIds);
    // Progress and status roll up: every row above an edited one shows them anew, once.
    QSet<quintptr> above;
    for (const quintptr node : std::as_const(edited)) {
        for (quintptr parent = placements(kindOf(node)).value(idOf(node)).parentNode;
             parent != RootNode && !above.contains(parent);
             parent = placements(kindOf(parent)).value(idOf(parent)).parentNode)
            above.insert(parent);
    }
    for (const quintptr node : std::as_const(edited)) {
        above.remove(node);
        emit dataChanged(indexFor(node, TitleColumn), indexFor(node, ColumnCount - 1));
    }
    for (const quintptr node : std::as_const(above))
        emit dataChanged(indexFor(node, ProgressColumn), indexFor(node, StatusColumn));
}

void AlignmentTreeModel::setReferenceDate(QDate day)
{
    if (day == m_referenceDate)
        return;
    // Every progress cell of every depth changes: a reset says so in one signal (it happens once a day at most).
    beginResetModel();
    m_referenceDate = day;
    m_progress = ProgressRollUp(m_plan, m_referenceDate, Preferences::paceThresholds());
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
    const Organisation &organisation = m_plan.organisation();
    return !organisation.contains(teamId) || organisation.isCompany(teamId);
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
    if (index.isValid() && nodeKind(index) == NodeKind::Team)
        return itemId(index);
    const Objective *objective = m_plan.objective(objectiveId(index));
    return objective ? objective->teamId : NoId;
}

Id AlignmentTreeModel::objectiveId(const QModelIndex &index) const
{
    if (!index.isValid())
        return NoId;
    const Id id = itemId(index);
    switch (nodeKind(index)) {
    case NodeKind::Team:
        return NoId;
    case NodeKind::Objective:
        return id;
    case NodeKind::Initiative: {
        const Initiative *initiative = m_plan.initiative(id);
        const KeyResult *keyResult = initiative ? m_plan.keyResult(initiative->keyResultId) : nullptr;
        return keyResult ? keyResult->objectiveId : NoId;
    }
    case NodeKind::KeyResult: {
        const KeyResult *keyResult = m_plan.keyResult(id);
        return keyResult ? keyResult->objectiveId : NoId;
    }
    }
    return NoId;
}

void AlignmentTreeModel::forgetCoachFlags()
{
    m_coachFlags.clear();
}

QList<CoachFlag> AlignmentTreeModel::coachFlags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    switch (nodeKind(index)) {
    case NodeKind::Objective:
        return m_coachFlags.objectiveFlags(itemId(index));
    case NodeKind::KeyResult:
        return m_coachFlags.keyResultFlags(itemId(index));
    case NodeKind::Initiative:
    case NodeKind::Team:
        break;
    }
    return {};
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
    if (!m_session || m_session->document().isReadOnly())
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
    return action == Qt::MoveAction && dropFor(data, row, parent).drop.has_value();
}

bool AlignmentTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                      const QModelIndex &parent)
{
    const std::optional<Drop> drop = dropFor(data, row, parent).drop;
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

QString AlignmentTreeModel::dropExplanation(const QMimeData *data, int row, const QModelIndex &parent) const
{
    return dropFor(data, row, parent).explanation;
}

QString AlignmentTreeModel::itemTitle(NodeKind kind, Id id) const
{
    if (kind == NodeKind::Objective)
        return m_plan.objective(id) ? m_plan.objective(id)->title : QString();
    if (kind == NodeKind::KeyResult)
        return m_plan.keyResult(id) ? m_plan.keyResult(id)->title : QString();
    if (kind == NodeKind::Team)
        return m_plan.team(id) ? m_plan.team(id)->name : QString();
    return m_plan.initiative(id) ? m_plan.initiative(id)->title : QString();
}

AlignmentTreeModel::DropVerdict AlignmentTreeModel::dropFor(const QMimeData *data, int row,
                                                            const QModelIndex &parent) const
{
    if (!m_session || !data || !data->hasFormat(treeItemMimeType) || parent.column() > 0)
        return {};
    bool valid = false;
    const quintptr internalId = quintptr(data->data(treeItemMimeType).toULongLong(&valid));
    if (!valid)
        return {};
    const QModelIndex dragged = createIndex(0, 0, internalId);
    Drop drop{nodeKind(dragged), itemId(dragged), NoId, 0};
    const QModelIndex draggedIndex = indexFor(drop.kind, drop.id, TitleColumn);
    if (!draggedIndex.isValid())
        return {};
    const QString title = itemTitle(drop.kind, drop.id);

    if (drop.kind == NodeKind::Objective) {
        const Objective &objective = *m_plan.objective(drop.id);
        if (parent.isValid()) {
            const NodeKind parentKind = nodeKind(parent);
            // Onto its own team's node: aligned to nothing, it is shown there.
            if (parentKind == NodeKind::Team && itemId(parent) != objective.teamId)
                return {std::nullopt, tr("“%1” belongs to %2: drop it on an objective to align it, or on its own "
                                         "team to align it to nothing.")
                                          .arg(title, itemTitle(NodeKind::Team, objective.teamId))};
            if (parentKind != NodeKind::Team && parentKind != NodeKind::Objective)
                return {std::nullopt, tr("An objective aligns to another objective, not to a key result or an "
                                         "initiative.")};
            drop.newParentId = parentKind == NodeKind::Objective ? itemId(parent) : NoId;
        }
        if (drop.newParentId == objective.parentId && (isShownAligned(drop.id) || drop.newParentId == NoId))
            return {std::nullopt, tr("“%1” is already there.").arg(title)};
        if (!AlignmentRules(m_plan).canAlign(drop.id, drop.newParentId))
            return {std::nullopt, tr("“%1” cannot align to “%2”: an objective aligns to an objective of a team "
                                     "above its own, never to itself or to one aligned below it.")
                                      .arg(title, itemTitle(NodeKind::Objective, drop.newParentId))};
        return {
            drop,
            drop.newParentId == NoId
                ? tr("Drop to align “%1” to nothing.").arg(title)
                : tr("Drop to align “%1” under “%2”.").arg(title, itemTitle(NodeKind::Objective, drop.newParentId))};
    }
    if (drop.kind != NodeKind::KeyResult)
        return {};
    // Reordering within its objective: between rows of the objective, or onto a sibling (takes its place).
    const Id objectiveId = m_plan.keyResult(drop.id)->objectiveId;
    const QString refusal =
        tr("“%1” moves only among the key results of “%2”.").arg(title, itemTitle(NodeKind::Objective, objectiveId));
    const int oldRow = draggedIndex.row();
    int newRow = -1;
    if (parent.isValid() && nodeKind(parent) == NodeKind::Objective && itemId(parent) == objectiveId && row >= 0) {
        const int siblings = int(m_plan.keyResultsOf(objectiveId).size());
        if (row > siblings)
            return {std::nullopt, refusal}; // among the aligned objectives, not the key results
        newRow = row > oldRow ? row - 1 : row;
    } else if (parent.isValid() && nodeKind(parent) == NodeKind::KeyResult && row < 0 &&
               m_plan.keyResult(itemId(parent))->objectiveId == objectiveId) {
        newRow = parent.row();
    }
    if (newRow < 0)
        return {std::nullopt, refusal};
    if (newRow == oldRow)
        return {std::nullopt, tr("“%1” is already there.").arg(title)};
    drop.newPosition = newRow;
    return {drop, tr("Drop to make “%1” key result %2 of “%3”.")
                      .arg(title, ValueFormat().number(newRow + 1), itemTitle(NodeKind::Objective, objectiveId))};
}

QVariant AlignmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}

QVariant AlignmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeKind kind = nodeKind(index);
    switch (role) {
    case ItemRoles::NodeKindRole:
        return int(kind);
    case ItemRoles::ItemIdRole:
        return itemId(index);
    case Qt::EditRole: {
        // What setData() changes: a title, or the owner of a key result or initiative.
        if (kind == NodeKind::Team)
            return {};
        const TreeItem shown = item(index);
        if (index.column() == TitleColumn)
            return TreeItems::titleOf(shown);
        if (index.column() == OwnerColumn && kind != NodeKind::Objective)
            return kind == NodeKind::KeyResult ? std::get<KeyResult>(shown).owner : std::get<Initiative>(shown).owner;
        return {};
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QVariant cell = m_cells.data(index, role);
        return cell.typeId() == QMetaType::QString ? QVariant(TextLimits::shown(cell.toString())) : cell;
    }
    default:
        return m_cells.data(index, role);
    }
}
