#pragma once

#include "model/Cycle.h"
#include "widgets/FormDialog.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QLineEdit;

// Asks for a new cycle: the next quarter (name and dates proposed: "2027 Q1", Jan 1 - Mar 31), an annual cycle
// or a custom one. Refuses what CycleRules refuses (an end before the start, a name in use, overlapping dates)
// with the reason shown and OK disabled.
class NewCycleDialog : public FormDialog {
    Q_OBJECT
public:
    NewCycleDialog(const QList<Cycle> &existing, QDate today, QWidget *parent = nullptr);

    Cycle cycle() const; // what the user chose, in planning

private:
    enum class Kind { NextQuarter, Annual, Custom };

    void applyKind();
    void validate();

    QList<Cycle> m_existing;
    Cycle m_proposedQuarter;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
};
