#pragma once

#include "kpi/KpiHealth.h"
#include "model/Kpi.h"
#include "model/Team.h"
#include "widgets/ColumnHeaders.h"

#include <QAbstractTableModel>
#include <QHash>

// The KPIs (health metrics) of the organisation, apart from the OKRs: name, team, latest value against the
// target in its preferred direction, a sparkline of the values over time, and whether it fell behind.
class KpiTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TeamColumn, LatestColumn, TargetColumn, TrendColumn, StandingColumn, ColumnCount };

    enum Role {
        ValuesRole = Qt::UserRole + 1, // QList<double>, oldest first: what the sparkline draws (every column)
        TargetRole,                    // double
        StatusRole, // Confidence as int, the latest value's: off track when behind; none without values
        KpiIdRole,
        TeamIdRole,
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setKpis(const QList<Kpi> &kpis, const QList<Team> &teams); // a model reset
    const Kpi &kpi(int row) const { return m_kpis.at(row); }
    const QList<Kpi> &kpis() const { return m_kpis; }
    int rowOf(Id kpiId) const; // -1 when no KPI has that id

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Kpi> m_kpis;
    QHash<Id, QString> m_teamNames;
    ColumnHeaders m_headers;
};
