#include "wizard/OkrWizard.h"

#include "checkin/KeyResultRow.h"
#include "commands/SaveOkrCommand.h"
#include "document/DocumentSession.h"
#include "storage/Repository.h"
#include "widgets/CoachSigns.h"
#include "widgets/ScreenFit.h"
#include "wizard/OkrInitiativesPage.h"
#include "wizard/OkrKeyResultsPage.h"
#include "wizard/OkrObjectivePage.h"
#include "wizard/OkrSummaryPage.h"
#include "wizard/OkrWherePage.h"

namespace {

KeyResultContext coachContext(const Repository &repository)
{
    KeyResultContext context;
    context.kpis = kpiTargets(repository.kpis().all());
    return context;
}

} // namespace

OkrWizard::OkrWizard(DocumentSession &session, Id cycleId, Id objectiveId, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_reworkedId(objectiveId)
{
    setObjectName(QStringLiteral("okrWizard"));
    setWindowTitle(objectiveId == NoId ? tr("New OKR") : tr("Rework OKR"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // The summary can be reached only through the pages before it, so it always shows what was checked.
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);

    m_where = new OkrWherePage(session, this);
    m_objective = new OkrObjectivePage(*m_where, this);
    m_keyResults = new OkrKeyResultsPage(
        *m_objective, coachContext(session.repository()),
        [&session] { return session.repository().queries().ownerNames(); }, this);
    m_initiatives = new OkrInitiativesPage(*m_keyResults, this);
    m_summary = new OkrSummaryPage(*this, this);
    setPage(WherePage, m_where);
    setPage(ObjectivePage, m_objective);
    setPage(KeyResultsPage, m_keyResults);
    setPage(InitiativesPage, m_initiatives);
    setPage(SummaryPage, m_summary);

    Objective placement;
    m_readAt = session.latestChange(); // before the rework reads the objective
    if (isRework()) {
        // Its team's plan holds the objective with its key results and initiatives, without the other teams' rows.
        const PlanQueries &queries = session.repository().queries();
        const CyclePlan objectives = queries.loadCycleObjectives(cycleId);
        const Objective *found = objectives.objective(objectiveId);
        const CyclePlan plan = found ? queries.loadCyclePlan(cycleId, found->teamId) : CyclePlan{};
        if (const Objective *stored = plan.objective(objectiveId)) {
            m_reworked = *stored;
            QList<KeyResult> keyResults;
            for (const qsizetype row : plan.keyResultsOf(objectiveId))
                keyResults.append(plan.keyResults[row]);
            m_keyResults->setKeyResults(keyResults, plan.initiatives);
            m_objective->setText(stored->title);
            placement = *stored;
        }
    }
    m_where->place(cycleId, placement, isRework());
    // Wide enough for a key result row on one line, as far as the screen allows.
    ScreenFit::fit(this, ScreenFit::inCharacters(this, 150, 46));
}

OkrWizard::~OkrWizard() = default;

void OkrWizard::suggestPlacement(Id teamId, Id parentObjectiveId)
{
    Objective placement;
    placement.teamId = teamId;
    placement.parentId = parentObjectiveId;
    m_where->place(m_where->cycleId(), placement, false);
}

void OkrWizard::suggestTitle(const QString &title)
{
    m_objective->setText(title);
}

OkrDraft OkrWizard::draft() const
{
    OkrDraft draft;
    Objective &objective = draft.objective;
    if (isRework()) {
        objective = m_reworked;
    } else {
        objective.position = -1;
    }
    objective.cycleId = m_where->cycleId();
    objective.teamId = m_where->teamId();
    objective.parentId = m_where->parentObjectiveId();
    objective.commitment = m_where->commitment();
    objective.title = m_objective->text();
    for (const KeyResultRow *row : m_keyResults->keyResultRows()) {
        KeyResult keyResult = row->keyResult();
        if (keyResult.id == NoId)
            keyResult.commitment = objective.commitment;
        draft.keyResults.append({keyResult, row->initiatives(), row->keptFlags()});
    }
    return draft;
}

QString OkrWizard::placementText() const
{
    const CyclePlan &plan = m_where->plan();
    const Team *team = plan.team(m_where->teamId());
    const QString teamName = team ? team->name : QString();
    const QString commitment = m_where->commitment() == Commitment::Aspirational ? tr("aspirational") : tr("committed");
    const QString parent = m_where->parentObjectiveTitle();
    return parent.isEmpty() ? tr("%1, %2, %3, not aligned").arg(teamName, plan.cycle.name, commitment)
                            : tr("%1, %2, %3, aligned with “%4”").arg(teamName, plan.cycle.name, commitment, parent);
}

QStringList OkrWizard::remainingFlags() const
{
    QStringList flags;
    for (const CoachFlag &flag : m_objective->review().flags)
        flags.append(tr("%1 Objective: %2").arg(CoachSigns::sign(flag.severity), flag.message));
    int number = 0;
    for (const KeyResultRow *row : m_keyResults->keyResultRows()) {
        ++number;
        for (const CoachFlag &flag : row->review().flags)
            flags.append(
                tr("%1 Key result %2: %3").arg(CoachSigns::sign(flag.severity), QString::number(number), flag.message));
    }
    const QString setWarning = m_keyResults->setWarning();
    if (!setWarning.isEmpty())
        flags += setWarning.split(QLatin1Char('\n'));
    return flags;
}

void OkrWizard::accept()
{
    const OkrDraft okr = draft();
    auto *command = new SaveOkrCommand(m_session, okr);
    command->expectUnchangedSince(m_readAt);
    // A write that failed was rolled back and reported by the session, which deleted the command. The wizard stays
    // open with everything typed, so nothing is lost.
    if (!m_session.push(command).isDone())
        return;
    const Id objectiveId = command->objectiveId();
    QWizard::accept();
    emit okrSaved(okr.objective.cycleId, objectiveId);
}
