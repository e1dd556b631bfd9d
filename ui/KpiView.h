#pragma once

#include "Ids.h"

#include <QWidget>

class KpiTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Repository;

// The KPIs (health metrics), shown apart from the OKRs: per team, each KPI's latest value against its target
// with a sparkline of its values; those falling behind are marked and can seed a new objective.
class KpiView : public QWidget {
    Q_OBJECT
public:
    explicit KpiView(Repository &repository, QWidget *parent = nullptr);

    // Re-reads the KPIs and teams from the document.
    void reload();

signals:
    // The user asked to write an objective for a KPI that fell behind: the wizard opens for `teamId` with the
    // title suggested (KpiHealth::suggestedObjectiveTitle). teamId is NoId for a company-wide KPI.
    void seedObjective(Id teamId, const QString &suggestedTitle);

private:
    void filterByTeam();
    void updateSeedButton();
    void requestObjective();

    Repository &m_repository;
    KpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_teamFilter = nullptr;
    QComboBox *m_teamSelector = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_seedButton = nullptr;
};
