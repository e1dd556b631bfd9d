#pragma once

#include "Coach.h"
#include "CyclePlan.h"
#include "ProgressRollUp.h"
#include "TreeItem.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QIcon>

#include <optional>

class DocumentSession;
struct DocumentChange;

// One cycle's alignment tree, straight over a CyclePlan (no parallel tree of items):
// top-level objectives -> their own key results, then the objectives aligned to them (recursively);
// key results -> initiatives. An index's internalId encodes the node kind and the item's document id, so
// persistent indexes stay attached to their item when edits shift the plan's lists; every node's parent and
// row in it are precomputed on reset, so parent() is O(1).
//
// With a DocumentSession the tree is editable: titles (and owners of key results and initiatives) through setData,
// objectives dragged onto another objective to re-align them, key results dragged among their siblings; each edit
// is pushed to the session's undo stack as a command. The model follows the session's changed() signal: it reloads
// its cycle's plan and announces it as a layout change that keeps persistent indexes on their items, so views keep
// their expansion, selection and current item through edits, undo and redo.
class AlignmentTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, ProgressColumn, ValueColumn, GradeColumn, ColumnCount };

    enum class NodeKind { Objective, KeyResult, Initiative };

    // Custom roles answer on every column of a row.
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        ItemIdRole,                      // the Id of the objective, key result or initiative
        ProgressRole,                    // double 0..1; invalid for initiatives
        ExpectedProgressRole,            // double 0..1: the share of the cycle elapsed on the reference date
        PaceStatusRole,                  // Confidence as int, from progress against the expected pace
        HasContributorsRole,             // bool: false for objectives shown as "no key results"
        StatedConfidenceRole,            // Confidence as int from the latest check-in; key results only
    };

    explicit AlignmentTreeModel(QObject *parent = nullptr);
    ~AlignmentTreeModel() override;

    // The document edits go to and changes come from; none (the default) makes the tree read-only.
    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }

    // Replaces the whole tree (a model reset).
    void setPlan(CyclePlan plan);
    // Replaces the plan of the same cycle after an edit: a layout change that keeps persistent indexes on their
    // items (rows of removed items become invalid), so expansion and selection survive.
    void updatePlan(CyclePlan plan);
    const CyclePlan &plan() const { return m_plan; }
    const ProgressRollUp &progress() const { return m_progress; }

    // The day the expected pace is measured at: today unless set (tests pin it). Changing it resets the model.
    void setReferenceDate(QDate day);
    QDate referenceDate() const { return m_referenceDate; }
    double expectedProgress() const;

    QModelIndex objectiveIndex(Id objectiveId, int column = TitleColumn) const;
    QModelIndex keyResultIndex(Id keyResultId, int column = TitleColumn) const;
    QModelIndex initiativeIndex(Id initiativeId, int column = TitleColumn) const;
    static NodeKind nodeKind(const QModelIndex &index);
    // The objective, key result or initiative a valid index shows.
    TreeItem item(const QModelIndex &index) const;
    // What the coach says about the row's objective or key result (none for initiatives): its own text's flags and
    // the plan's set checks that concern it. Flagged rows carry a warning icon with the flags as tooltip.
    QList<CoachFlag> coachFlags(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
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

    // True when `objectiveId` may be aligned to `parentObjectiveId` (NoId: to nothing): the parent belongs to a
    // higher team of the same cycle and is not the objective itself or one aligned below it.
    bool canAlign(Id objectiveId, Id parentObjectiveId) const;

private:
    // Where a dragged item would land: the command that moves it, or nothing when the drop is not valid.
    struct Drop {
        NodeKind kind = NodeKind::Objective;
        Id id = NoId;
        Id newParentId = NoId; // objectives: the new parent objective
        int newPosition = 0;   // key results: the new position among the siblings
    };
    std::optional<Drop> dropFor(const QMimeData *data, int row, const QModelIndex &parent) const;
    void followChange(const DocumentChange &change);

    // Where a node sits: its parent's id (NoId at the top) and its row under that parent.
    struct Placement {
        Id parentId = NoId;
        int rowInParent = 0;
    };

    static quintptr encode(NodeKind kind, Id id);
    static Id itemId(const QModelIndex &index);
    const QHash<Id, Placement> &placements(NodeKind kind) const;
    QModelIndex indexFor(NodeKind kind, Id id, int column) const;
    // Recomputes every node's placement from the plan: the one place that knows the tree's shape. Edits will
    // change the plan and its index between beginInsertRows/endInsertRows (or the remove pair), then call this.
    void rebuildPlacements();

    QVariant objectiveData(const Objective &objective, int column, int role) const;
    QVariant keyResultData(const KeyResult &keyResult, int column, int role) const;
    QVariant initiativeData(const Initiative &initiative, int column, int role) const;
    QVariant progressData(double progress, int role) const;
    static QColor gradeColour(double grade, Commitment commitment);
    QVariant coachData(const QModelIndex &index, int role) const;
    void forgetCoachFlags();

    DocumentSession *m_session = nullptr;
    Coach m_coach;
    QIcon m_warningIcon;
    // The coach's flags are computed when a row is first shown, and forgotten when the plan changes: only what is
    // looked at costs anything on a thousand teams. By node kind and item id (encode()).
    mutable QHash<quintptr, QList<CoachFlag>> m_coachFlags;
    mutable std::optional<QHash<quintptr, QList<CoachFlag>>> m_planFindings;
    CyclePlan m_plan;
    ProgressRollUp m_progress;
    QDate m_referenceDate;
    // By item id.
    QHash<Id, Placement> m_objectivePlacements;
    QHash<Id, Placement> m_keyResultPlacements;
    QHash<Id, Placement> m_initiativePlacements;
};
