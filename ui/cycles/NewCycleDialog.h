#pragma once

#include "model/Cycle.h"
#include "widgets/FormDialog.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QLineEdit;

// Asks for a new cycle: the next quarter (name and dates proposed: "2027 Q1", Jan 1 - Mar 31), an annual cycle
// or a custom one. Refuses what CycleRules refuses (an end before the start, a name in use, overlapping dates)
// with the reason shown and OK disabled. Custom dates start where the next quarter would and last `customWeeks`
// (the default cycle length of the preferences) until changed.
class NewCycleDialog : public FormDialog {
    Q_OBJECT
public:
    NewCycleDialog(const QList<Cycle> &existing, QDate today, QWidget *parent = nullptr, int customWeeks = 13);

    Cycle cycle() const; // what the user chose, in planning

private:
    enum class Kind { NextQuarter, Annual, Custom };

    void applyKind();
    void validate();

    QList<Cycle> m_existing;
    Cycle m_proposedQuarter;
    int m_customWeeks = 13;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
};
