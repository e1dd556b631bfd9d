#pragma once

#include "model/CyclePlan.h"

#include <QDialog>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

// Chooses which objectives of a cycle to carry into a later one that is not closed: every objective listed with
// its team and progress, the unfinished ones ticked (CycleRules::isFinished). Key result titles that state their
// start are named with their rewritten form (CarriedKeyResult) for the ticked objectives.
class CarryOverDialog : public QDialog {
    Q_OBJECT
public:
    // `from` is the cycle's plan; `cycles` every cycle of the document.
    CarryOverDialog(const CyclePlan &from, const QList<Cycle> &cycles, QWidget *parent = nullptr);

    Id targetCycleId() const;
    QList<Id> chosenObjectives() const; // in the plan's order

private:
    void updateOkButton();

    QComboBox *m_target = nullptr;
    QListWidget *m_objectives = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_retitledNote = nullptr;
    QMultiHash<Id, std::pair<QString, QString>> m_retitled; // by objective: a key result's title, then as carried
    QDialogButtonBox *m_buttons = nullptr;
};
