#pragma once

#include "model/Kpi.h"
#include "model/Team.h"
#include "widgets/FormDialog.h"

#include <QList>

class QComboBox;
class QLineEdit;

// Asks for a KPI's name, team (or the whole company), unit, target and preferred trend: a new one, or an existing
// one to edit. What KpiRules refuses and a target that is not a number are shown in words, with OK disabled.
class KpiDialog : public FormDialog {
    Q_OBJECT
public:
    // `kpi`: the KPI to edit, or one with no id to add (its team preselected). `existing`: the document's KPIs.
    KpiDialog(const Kpi &kpi, const QList<Team> &teams, const QList<Kpi> &existing, QWidget *parent = nullptr);

    // What the user entered; the id and values of the KPI the dialog was opened with.
    Kpi kpi() const;

private:
    void validate();

    Kpi m_kpi;
    QList<Kpi> m_existing;
    QLineEdit *m_name = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_trend = nullptr;
};
