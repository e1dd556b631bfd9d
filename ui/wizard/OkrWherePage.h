#pragma once

#include "model/Commitment.h"
#include "model/CyclePlan.h"

#include <QWizardPage>

class DocumentSession;
class QComboBox;
class QLabel;
class QRadioButton;

// The wizard's first page: where the objective goes. Cycle, team, the parent objective it aligns with (its text
// shown in full, so the team writes toward it) and whether it is committed or aspirational.
class OkrWherePage : public QWizardPage {
    Q_OBJECT
public:
    explicit OkrWherePage(DocumentSession &session, QWidget *parent = nullptr);

    // Starts on `cycleId` with the team and parent of `objective` (an objective being reworked keeps its cycle).
    void place(Id cycleId, const Objective &objective, bool cycleFixed);

    const CyclePlan &plan() const { return m_plan; }
    Id cycleId() const;
    Id teamId() const;
    Id parentObjectiveId() const;
    Commitment commitment() const;
    QString parentObjectiveTitle() const; // empty when not aligned

    bool isComplete() const override;

private:
    void loadCycle();
    void fillTeams(Id selectedTeamId);
    void fillParents(Id selectedParentId);
    void showParent();

    DocumentSession &m_session;
    CyclePlan m_plan;
    Id m_reworkedObjectiveId = NoId;
    QComboBox *m_cycle = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_parent = nullptr;
    QLabel *m_parentText = nullptr;
    QRadioButton *m_committed = nullptr;
    QRadioButton *m_aspirational = nullptr;
};
