#pragma once

#include "coach/CoachFlagCache.h"
#include "model/CyclePlan.h"
#include "scoring/ProgressRollUp.h"
#include "tree/TreeCellPresenter.h"
#include "tree/TreeItem.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

#include <optional>

class DocumentSession;
class ShownPlan;
struct DocumentChange;

// One cycle's alignment tree, straight over a CyclePlan (no parallel tree of items): its shape and its edits; what
// the cells show is TreeCellPresenter's, where objectives may go is AlignmentRules'. At the top the company
// objectives, then a node per team with objectives aligned to nothing in the cycle, holding those; an objective ->
// its own key results, then the objectives aligned to it (recursively); key results -> initiatives. An index's
// internalId encodes the node kind and the item's (or team's) document id, so
// persistent indexes stay attached to their item when edits shift the plan's lists; every node's parent and
// row in it are precomputed on reset, so parent() is O(1).
//
// With a DocumentSession the tree is editable: titles (and owners of key results and initiatives) through setData,
// objectives dragged onto another objective to re-align them (onto their team's node: to un-align them), key
// results dragged among their siblings; each edit
// is pushed to the session's undo stack as a command. The model follows a ShownPlan: after a change of values (a
// rename, a check-in) it announces the rows concerned with dataChanged; after a change of shape, a layout change
// that keeps persistent indexes on their items, so views keep their expansion, selection and current item through
// edits, undo and redo.
class AlignmentTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, ProgressColumn, StatusColumn, ValueColumn, GradeColumn, ColumnCount };

    // A team node groups the team's objectives that are not aligned to an objective of the cycle.
    enum class NodeKind { Objective, KeyResult, Initiative, Team };

    explicit AlignmentTreeModel(QObject *parent = nullptr);
    ~AlignmentTreeModel() override;

    // The document edits go to; none (the default) makes the tree read-only.
    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }
    // The plan to show (not owned; none by default): its cycle switches reset the model, its changes update it.
    void setShownPlan(const ShownPlan *shownPlan);
    const ShownPlan *shownPlan() const { return m_shownPlan; }

    // Replaces the whole tree (a model reset).
    void setPlan(CyclePlan plan);
    // Replaces the plan of the same cycle after an edit, its index current (CyclePlan::rebuildIndex, as the shown
    // plan's always is): a layout change that keeps persistent indexes on their items (rows of removed items become
    // invalid), so expansion and selection survive.
    void updatePlan(CyclePlan plan);
    // Replaces the plan of the same cycle after `change`: a change of shape as above; a change of values announces
    // the rows the change names (every column) and the progress and status cells of the rows above them.
    void updatePlan(CyclePlan plan, const DocumentChange &change);
    const CyclePlan &plan() const { return m_plan; }
    const ProgressRollUp &progress() const { return m_progress; }

    // The day the expected pace is measured at: today unless set (tests pin it). Changing it resets the model.
    void setReferenceDate(QDate day);
    QDate referenceDate() const { return m_referenceDate; }
    double expectedProgress() const;

    QModelIndex objectiveIndex(Id objectiveId, int column = TitleColumn) const;
    QModelIndex keyResultIndex(Id keyResultId, int column = TitleColumn) const;
    QModelIndex initiativeIndex(Id initiativeId, int column = TitleColumn) const;
    QModelIndex teamIndex(Id teamId, int column = TitleColumn) const; // invalid when the team has no node
    static NodeKind nodeKind(const QModelIndex &index);
    // The id of the objective, key result, initiative or team a valid index shows.
    static Id itemId(const QModelIndex &index);
    // The objective, key result or initiative a valid index shows; not for team nodes (see teamId).
    TreeItem item(const QModelIndex &index) const;
    // The team a team node stands for, or the team of the row's objective (of its key result, of its initiative).
    Id teamId(const QModelIndex &index) const;
    // The objective an index shows or belongs to (a key result's, an initiative's); NoId for a team node.
    Id objectiveId(const QModelIndex &index) const;
    // What the coach says about the row's objective or key result (none for initiatives and team nodes): its own
    // text's flags and the plan's set checks that concern it. Flagged rows carry a warning icon with the flags as
    // tooltip.
    QList<CoachFlag> coachFlags(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // The roles of ItemRoles and Qt's display roles (from TreeCellPresenter), and the edit role setData() changes.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Drag and drop: an objective onto another one re-aligns it (onto the empty area: not aligned), a key result
    // between or onto its siblings reorders it.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // For people, while dragging: where the item would land ("Aligns … under …"), or why it cannot go there.
    QString dropExplanation(const QMimeData *data, int row, const QModelIndex &parent) const;

private:
    // setPlan for a plan whose index is current.
    void resetToIndexedPlan(CyclePlan plan);
    // Where a dragged item would land: the command that moves it, or nothing when the drop is not valid.
    struct Drop {
        NodeKind kind = NodeKind::Objective;
        Id id = NoId;
        Id newParentId = NoId; // objectives: the new parent objective
        int newPosition = 0;   // key results: the new position among the siblings
    };
    struct DropVerdict {
        std::optional<Drop> drop;
        QString explanation;
    };
    DropVerdict dropFor(const QMimeData *data, int row, const QModelIndex &parent) const;
    QString itemTitle(NodeKind kind, Id id) const;
    void announceValueChange(const DocumentChange &change);

    // Where a node sits: its parent node (encode(); RootNode at the top) and its row under that parent.
    struct Placement {
        quintptr parentNode = RootNode;
        int rowInParent = 0;
    };
    static constexpr quintptr RootNode = 0; // no document row has id 0 (NoId)

    static quintptr encode(NodeKind kind, Id id);
    static NodeKind kindOf(quintptr node);
    static Id idOf(quintptr node);
    const QHash<Id, Placement> &placements(NodeKind kind) const;
    QModelIndex indexFor(NodeKind kind, Id id, int column) const;
    QModelIndex indexFor(quintptr node, int column) const;
    // Shown under the objective it is aligned to (not at the top, not under its team's node).
    bool isShownAligned(Id objectiveId) const;
    // A root team's objectives are the company's: they stay at the top instead of under a team node.
    bool isCompanyTeam(Id teamId) const;
    // Recomputes every node's placement from the plan: the one place that knows the tree's shape. Edits will
    // change the plan and its index between beginInsertRows/endInsertRows (or the remove pair), then call this.
    void rebuildPlacements();

    void forgetCoachFlags();

    DocumentSession *m_session = nullptr;
    ColumnHeaders m_headers;
    TreeCellPresenter m_cells;
    const ShownPlan *m_shownPlan = nullptr;
    CyclePlan m_plan;
    // Forgotten whenever m_plan changes.
    CoachFlagCache m_coachFlags;
    ProgressRollUp m_progress;
    QDate m_referenceDate = QDate::currentDate();
    // The rows at the top: the company objectives, then the team nodes in the organisation's order.
    QList<quintptr> m_topLevelNodes;
    // By team id: the objectives under the team's node, as indexes into the plan's objectives.
    QHash<Id, QList<qsizetype>> m_teamNodeObjectives;
    // By item (or team) id.
    QHash<Id, Placement> m_objectivePlacements;
    QHash<Id, Placement> m_keyResultPlacements;
    QHash<Id, Placement> m_initiativePlacements;
    QHash<Id, Placement> m_teamPlacements;
};
