#include "kpi/KpiTableModel.h"

#include "palette/PaceColours.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QGuiApplication>

#include <algorithm>

namespace {

// The colour a KPI's standing takes: behind reads as off track.
Confidence statusOf(KpiHealth::Standing standing)
{
    return standing == KpiHealth::Standing::Behind ? Confidence::OffTrack : Confidence::OnTrack;
}

} // namespace

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers({{tr("KPI")}, {tr("Team")}, {tr("Latest")}, {tr("Target")}, {tr("Over time")}, {tr("Status")}})
{
}

void KpiTableModel::setKpis(const QList<Kpi> &kpis, const QList<Team> &teams)
{
    beginResetModel();
    m_kpis = kpis;
    m_teamNames.clear();
    for (const Team &team : teams)
        m_teamNames.insert(team.id, team.name);
    endResetModel();
}

int KpiTableModel::rowOf(Id kpiId) const
{
    const auto found =
        std::find_if(m_kpis.cbegin(), m_kpis.cend(), [kpiId](const Kpi &kpi) { return kpi.id == kpiId; });
    return found == m_kpis.cend() ? -1 : static_cast<int>(found - m_kpis.cbegin());
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kpis.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kpi &kpi = m_kpis.at(index.row());
    const KpiHealth::Standing standing = KpiHealth::standing(kpi);
    switch (role) {
    case ValuesRole: {
        QList<double> values;
        values.reserve(kpi.values.size());
        for (const KpiValue &value : kpi.values)
            values.append(value.value);
        return QVariant::fromValue(values);
    }
    case TargetRole:
        return kpi.target;
    case StatusRole:
        return standing == KpiHealth::Standing::NoValues ? QVariant() : QVariant(int(statusOf(standing)));
    case KpiIdRole:
        return kpi.id;
    case TeamIdRole:
        return kpi.teamId;
    default:
        break;
    }

    const bool higherIsBetter = kpi.trend == PreferredTrend::HigherIsBetter;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return kpi.name;
        break;
    case TeamColumn:
        if (role == Qt::DisplayRole)
            return kpi.teamId == NoId ? tr("Company") : m_teamNames.value(kpi.teamId);
        break;
    case LatestColumn:
        if (role == Qt::DisplayRole) {
            const std::optional<double> latest = KpiHealth::latestValue(kpi);
            return latest ? DomainText::kpiMeasure(kpi, *latest) : tr("—");
        }
        if (role == Qt::ToolTipRole && !kpi.values.isEmpty())
            return tr("Measured on %1").arg(ValueFormat().date(kpi.values.last().date));
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole)
            return (higherIsBetter ? tr("≥ %1") : tr("≤ %1")).arg(DomainText::kpiMeasure(kpi, kpi.target));
        if (role == Qt::ToolTipRole)
            return higherIsBetter ? tr("Higher is better") : tr("Lower is better");
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TrendColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%n value(s) over time", nullptr, static_cast<int>(kpi.values.size()));
        break;
    case StandingColumn:
        if (role == Qt::DisplayRole) {
            switch (standing) {
            case KpiHealth::Standing::NoValues:
                return tr("no values yet");
            case KpiHealth::Standing::OnTarget:
                return tr("on target");
            case KpiHealth::Standing::Behind:
                return tr("behind target");
            }
        }
        if (role == Qt::DecorationRole && standing != KpiHealth::Standing::NoValues)
            return PaceColours::forStatus(statusOf(standing), QGuiApplication::palette());
        if (role == Qt::ToolTipRole && standing == KpiHealth::Standing::Behind)
            return tr("Falling behind its target: a reason to write an objective.");
        break;
    default:
        break;
    }
    return {};
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}
