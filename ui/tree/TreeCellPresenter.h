#pragma once

#include "model/CyclePlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QModelIndex>
#include <QVariant>

#include <optional>

class AlignmentTreeModel;

// What the alignment tree's cells show: text, tooltips, icons, fonts and colours, and the progress and check-in
// roles of ItemRoles, for every node kind. Reads the model's plan, progress and shape; the model keeps the
// shape and the edits and asks this class for everything a view displays.
class TreeCellPresenter {
    Q_DECLARE_TR_FUNCTIONS(TreeCellPresenter)
public:
    explicit TreeCellPresenter(const AlignmentTreeModel &model);

    // Any role but the model's own (NodeKindRole, ItemIdRole, Qt::EditRole) of a valid index of the model.
    QVariant data(const QModelIndex &index, int role) const;

private:
    // Where a row stands: progress against what is due (pace: none while it awaits its first check-in) and
    // what its team said.
    struct Standing {
        double progress = 0.0;
        double expected = 0.0;
        std::optional<Confidence> pace;
        std::optional<LatestCheckIn> stated;
    };

    QVariant objectiveData(const QModelIndex &index, const Objective &objective, int column, int role) const;
    QVariant keyResultData(const KeyResult &keyResult, int column, int role) const;
    QVariant initiativeData(const Initiative &initiative, int column, int role) const;
    QVariant teamData(const QModelIndex &index, int column, int role) const;
    QVariant progressData(const Standing &standing, int role) const;
    // The status column: one status, the more worried of pace and stated confidence (StatusWords).
    QVariant statusData(const Standing &standing, int role) const;
    QString standingText(const Standing &standing) const;
    Standing standing(const Objective &objective) const;
    Standing standing(const KeyResult &keyResult) const;
    std::optional<LatestCheckIn> statedConfidence(const Objective &objective) const;
    std::optional<LatestCheckIn> statedConfidence(const KeyResult &keyResult) const;
    // Mean progress and due progress of the objectives under a team node; none when none of them is measured.
    std::optional<Standing> teamNodeStanding(const QModelIndex &teamNode) const;
    // The title cell of a flagged objective or key result: the warning icon (the note's when every flag is a note),
    // the flags in the tooltip.
    QVariant coachData(const QModelIndex &index, int role) const;

    const AlignmentTreeModel &m_model;
    QIcon m_warningIcon;
    QIcon m_noteIcon;
    mutable std::optional<QIcon> m_teamIcon; // taken when a team node is first shown
    QHash<int, QIcon> m_statusIcons;         // by Confidence
};
