#pragma once

#include "board/WeekChanges.h"
#include "model/CyclePlan.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractItemModel>
#include <QList>

#include <array>
#include <optional>

// What changed on the board over a range of weeks (WeekChanges) as a two-level model: a group row per kind of
// change that has any ("Moved", "Confidence", "New problems", "Missing check-in", with its count), its entries
// below. Built from the changes and the plan alone; every cell is worded when asked for, so 1,000 teams cost only
// the rows a view shows.
class WeekChangesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Group { Moved, Confidence, NewProblems, MissingCheckIn };
    enum Column { SubjectColumn, TeamColumn, FromColumn, ToColumn, ChangeColumn, ColumnCount };

    explicit WeekChangesModel(QObject *parent = nullptr);

    // Replaces every row (a model reset). `plan` names the key results and teams the changes refer to.
    void setChanges(const WeekChanges &changes, const CyclePlan &plan);
    const WeekChanges &changes() const { return m_changes; }
    bool isEmpty() const { return m_groups.isEmpty(); }

    // The group a group row stands for, or an entry row belongs to.
    std::optional<Group> groupAt(const QModelIndex &index) const;
    QModelIndex groupIndex(Group group) const; // invalid when the group has no entries
    bool isGroupRow(const QModelIndex &index) const;
    // What an entry row is about: the key result of a move or a confidence change (else NoId), the team of a new
    // problem or a missing check-in (else, for a key result, its objective's team).
    Id keyResultAt(const QModelIndex &index) const;
    Id teamAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    qsizetype entryCount(Group group) const;
    QString groupTitle(Group group) const;
    QVariant groupData(Group group, int column, int role) const;
    // An entry row's words: a cell per column, the sentence its tooltip and screen readers say, and the status
    // whose colour a cell takes, if any.
    struct Entry {
        std::array<QString, ColumnCount> cells;
        QString sentence;
        std::array<std::optional<Confidence>, ColumnCount> colours;
    };
    Entry entry(Group group, int row) const;
    Entry moveEntry(const WeekChanges::ValueMove &move) const;
    Entry confidenceEntry(const WeekChanges::ConfidenceChange &change) const;
    Entry problemEntry(const WeekChanges::NewProblem &problem) const;
    Entry missingCheckInEntry(Id teamId) const;
    QString teamName(Id teamId) const;

    WeekChanges m_changes;
    CyclePlan m_plan;
    QList<Group> m_groups; // the groups with entries, in the order above
    ColumnHeaders m_headers;
};
