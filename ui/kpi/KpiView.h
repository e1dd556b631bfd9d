#pragma once

#include "model/Ids.h"
#include "model/Kpi.h"
#include "model/Team.h"

#include <QWidget>

#include <optional>

class DocumentSession;
class KpiTableModel;
class KpiValuesView;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The KPIs (health metrics), shown apart from the OKRs: per team, each KPI's latest value against its target
// with a sparkline of its values; those falling behind are marked and can seed a new objective.
// Add KPI… (Insert), Edit KPI… (Return, F2) and Remove KPI (Delete) work on the table; the selected KPI's values
// are recorded and corrected beside it (KpiValuesView). Every edit is one ChangeKpiCommand on the session's undo
// stack; the view reloads on DocumentSession::changed.
class KpiView : public QWidget {
    Q_OBJECT
public:
    explicit KpiView(DocumentSession &session, QWidget *parent = nullptr);

    // Re-reads the KPIs and teams from the document, keeping the selected KPI.
    void reload();

signals:
    // The user asked to write an objective for a KPI that fell behind: the wizard opens for `teamId` with the
    // title suggested (KpiHealth::suggestedObjectiveTitle). teamId is NoId for a company-wide KPI.
    void seedObjective(Id teamId, const QString &suggestedTitle);

private:
    void createActions();
    void filterByTeam();
    void updateActions();
    void requestObjective();
    std::optional<Kpi> selectedKpi() const;
    void selectKpi(Id kpiId);
    void addKpi();
    void editKpi();
    void openKpiDialog(const Kpi &kpi);
    // Adds `kpi` (no id yet) or writes its fields over the stored KPI, as one undo step, and selects it.
    void saveKpi(const Kpi &kpi);
    void removeKpi();

    DocumentSession &m_session;
    QList<Team> m_teams;
    KpiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_teamFilter = nullptr;
    QComboBox *m_teamSelector = nullptr;
    QTableView *m_table = nullptr;
    KpiValuesView *m_values = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_seedButton = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
};
