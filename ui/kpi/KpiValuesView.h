#pragma once

#include "model/Kpi.h"

#include <QWidget>

#include <optional>

class DocumentSession;
class QAction;
class QLabel;
class QTableWidget;

// The values of one KPI over time, newest first: Record Value… (Insert), Correct Value… (Return, F2) and Remove
// Value (Delete), each one ChangeKpiCommand on the session's undo stack. The KPI view shows the selected KPI here.
class KpiValuesView : public QWidget {
    Q_OBJECT
public:
    explicit KpiValuesView(DocumentSession &session, QWidget *parent = nullptr);

    // The KPI as stored now; nothing when no KPI is selected. The value on the same date stays selected.
    void showKpi(const std::optional<Kpi> &kpi);

private:
    std::optional<KpiValue> selectedValue() const;
    void updateActions();
    void recordValue();
    void correctValue();
    void openValueDialog(const std::optional<KpiValue> &corrected); // nothing: record a new value
    void removeValue();
    // Pushes the KPI with `values` instead of its own as one undo step.
    void changeValues(const QList<KpiValue> &values, const QString &text);
    int rowOf(QDate date) const; // -1 when no row shows that date
    void selectRow(int row);     // and focus the table; nothing selected for -1

    DocumentSession &m_session;
    std::optional<Kpi> m_kpi;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_correctAction = nullptr;
    QAction *m_removeAction = nullptr;
};
