#pragma once

#include "model/Ids.h"
#include "model/OkrDraft.h"
#include "storage/Revision.h"

#include <QWizard>

class DocumentSession;
class OkrInitiativesPage;
class OkrKeyResultsPage;
class OkrObjectivePage;
class OkrSummaryPage;
class OkrWherePage;

// The OKR wizard: where (cycle, team, alignment, commitment) -> objective -> key results -> initiatives ->
// summary, with the coach's verdicts live on the way. Finish pushes one SaveOkrCommand onto the session's undo
// stack: the whole OKR in one transaction and one undo step. Cancel writes nothing.
//
// Opened for a new OKR, or on an existing objective to rework it and its key results (the coach re-runs on them);
// Finish then applies the differences.
//
//   auto *wizard = new OkrWizard(session, cycleId, NoId, window);
//   connect(wizard, &OkrWizard::okrSaved, window, [..](Id cycleId, Id objectiveId) { select it in the tree });
//   wizard->open();
class OkrWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WherePage, ObjectivePage, KeyResultsPage, InitiativesPage, SummaryPage };

    // `cycleId`: the cycle to start in. `objectiveId`: the objective to rework, or NoId for a new OKR.
    OkrWizard(DocumentSession &session, Id cycleId, Id objectiveId, QWidget *parent = nullptr);
    ~OkrWizard() override;

    // For a new OKR: start in this team, aligned with this objective (the tree's selection).
    void suggestPlacement(Id teamId, Id parentObjectiveId);
    // For a new OKR: the objective's text to start from (a KPI that fell behind suggests one); the coach reviews it.
    void suggestTitle(const QString &title);

    bool isRework() const { return m_reworkedId != NoId; }
    // The OKR as Finish will write it.
    OkrDraft draft() const;
    // Where the objective goes, in words: team, cycle, alignment and commitment.
    QString placementText() const;
    // Every flag that remains on the draft: the objective's, the kept ones of each key result, the set's.
    QStringList remainingFlags() const;

    void accept() override;

signals:
    // Finish wrote the OKR: the cycle it went to and the new or reworked objective's id.
    void okrSaved(Id cycleId, Id objectiveId);

private:
    DocumentSession &m_session;
    Id m_reworkedId = NoId;
    Revision m_readAt = 0; // the latest change when the wizard read the document
    Objective m_reworked;  // the stored objective being reworked
    OkrWherePage *m_where = nullptr;
    OkrObjectivePage *m_objective = nullptr;
    OkrKeyResultsPage *m_keyResults = nullptr;
    OkrInitiativesPage *m_initiatives = nullptr;
    OkrSummaryPage *m_summary = nullptr;
};
