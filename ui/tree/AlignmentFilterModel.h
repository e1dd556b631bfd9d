#pragma once

#include "model/Ids.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>

class AlignmentTreeModel;

// Narrows the alignment tree to one team (with the teams below it) and to rows whose title or owner contains a
// text; the rows above a match stay, so a match is always seen in its alignment. Key results and initiatives belong
// to their objective's team; a team node shows when one of its objectives does.
class AlignmentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlignmentFilterModel(AlignmentTreeModel *tree, QObject *parent = nullptr);

    void setText(const QString &text);
    void setTeam(Id teamId); // NoId: every team
    bool isFiltering() const { return !m_textMatcher.pattern().isEmpty() || m_teamId != NoId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    // The row's title or what its owner column shows (an objective's team) contains the text, ignoring case.
    bool textMatches(const QModelIndex &index) const;

    AlignmentTreeModel *m_tree;
    QStringMatcher m_textMatcher; // the text, ignoring case: its table is built once, not for every row
    Id m_teamId = NoId;
};
