#pragma once

#include "model/Ids.h"

#include <QSortFilterProxyModel>

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
    bool isFiltering() const { return !m_text.isEmpty() || m_teamId != NoId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    AlignmentTreeModel *m_tree;
    QString m_text;
    Id m_teamId = NoId;
};
