#pragma once

#include "model/Cycle.h"
#include "model/Team.h"
#include "widgets/FormDialog.h"

#include <QList>

class QComboBox;

// File > Export Quarter Report…'s question, the one `quarterdeck report --cycle --team` answers: which cycle (the
// shown one first) and whose report (the whole organisation, or a team or department with the teams below it).
class ReportScopeDialog : public FormDialog {
    Q_OBJECT
public:
    ReportScopeDialog(const QList<Cycle> &cycles, Id shownCycleId, const QList<Team> &teams, QWidget *parent = nullptr);

    Id cycleId() const;
    Id teamId() const; // NoId: the whole organisation

private:
    QComboBox *m_cycle = nullptr;
    QComboBox *m_team = nullptr;
};
