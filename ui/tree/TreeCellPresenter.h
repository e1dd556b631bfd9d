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

    // The status column's words: the pace, then the confidence the team stated when there is one.
    static QString statusText(std::optional<Confidence> pace, std::optional<Confidence> stated);

private:
    QVariant objectiveData(const QModelIndex &index, const Objective &objective, int column, int role) const;
    QVariant keyResultData(const KeyResult &keyResult, int column, int role) const;
    QVariant initiativeData(const Initiative &initiative, int column, int role) const;
    QVariant teamData(const QModelIndex &index, int column, int role) const;
    QVariant progressData(double progress, int role) const;
    // The status column: pace from `progress` (none when nothing measures it) beside the stated confidence.
    QVariant statusData(std::optional<double> progress, std::optional<LatestCheckIn> stated, int role) const;
    QString paceAndStatedText(double progress, const std::optional<LatestCheckIn> &stated) const;
    std::optional<LatestCheckIn> statedConfidence(const Objective &objective) const;
    std::optional<LatestCheckIn> statedConfidence(const KeyResult &keyResult) const;
    // Mean progress of the objectives under a team node, and whether any of them is measured.
    std::optional<double> teamNodeProgress(const QModelIndex &teamNode) const;
    // The title cell of a flagged objective or key result: the warning icon (the note's when every flag is a note),
    // the flags in the tooltip.
    QVariant coachData(const QModelIndex &index, int role) const;

    const AlignmentTreeModel &m_model;
    QIcon m_warningIcon;
    QIcon m_noteIcon;
    QIcon m_teamIcon;
    QHash<int, QIcon> m_statusIcons; // by Confidence
};
