#include "wizard/OkrWherePage.h"

#include "document/DocumentSession.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

OkrWherePage::OkrWherePage(DocumentSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_cycle(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_parent(new QComboBox(this))
    , m_parentText(new QLabel(this))
    , m_committed(new QRadioButton(tr("&Committed: we expect to reach 100%"), this))
    , m_aspirational(new QRadioButton(tr("&Aspirational: about 70% is a success"), this))
{
    setTitle(tr("Where does the objective go?"));
    setSubTitle(tr("Teams set their own OKRs and align them with a higher team's objective: they contribute to it, "
                   "they do not receive it."));
    m_cycle->setObjectName(QStringLiteral("wizardCycle"));
    m_cycle->setAccessibleName(tr("Cycle"));
    m_team->setObjectName(QStringLiteral("wizardTeam"));
    m_team->setAccessibleName(tr("Team"));
    m_parent->setObjectName(QStringLiteral("wizardParent"));
    m_parent->setAccessibleName(tr("Aligned with"));
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(30);
    m_parentText->setObjectName(QStringLiteral("wizardParentText"));
    m_parentText->setWordWrap(true);
    m_parentText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_committed->setObjectName(QStringLiteral("wizardCommitted"));
    m_aspirational->setObjectName(QStringLiteral("wizardAspirational"));
    m_committed->setChecked(true);
    auto *commitment = new QButtonGroup(this);
    commitment->addButton(m_committed);
    commitment->addButton(m_aspirational);

    auto *form = new QFormLayout;
    form->addRow(tr("C&ycle:"), m_cycle);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("A&ligned with:"), m_parent);
    form->addRow(QString(), m_parentText);
    auto *commitmentBox = new QVBoxLayout;
    commitmentBox->addWidget(m_committed);
    commitmentBox->addWidget(m_aspirational);
    form->addRow(tr("Commitment:"), commitmentBox);
    auto *hint =
        new QLabel(tr("New to OKRs? Start committed: reaching 100% in the first quarter builds morale."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);

    for (const Cycle &cycle : m_session.repository().cycles().all())
        m_cycle->addItem(tr("%1 (%2)").arg(cycle.name, DomainText::cycleState(cycle.state)), cycle.id);

    connect(m_cycle, &QComboBox::currentIndexChanged, this, &OkrWherePage::loadCycle);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { fillParents(parentObjectiveId()); });
    connect(m_parent, &QComboBox::currentIndexChanged, this, &OkrWherePage::showParent);
}

void OkrWherePage::place(Id cycleId, const Objective &objective, bool cycleFixed)
{
    m_reworkedObjectiveId = objective.id;
    {
        const QSignalBlocker blocker(m_cycle);
        m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(cycleId)));
    }
    m_cycle->setEnabled(!cycleFixed);
    loadCycle();
    m_team->setCurrentIndex(std::max(0, m_team->findData(objective.teamId)));
    fillParents(objective.parentId);
    (objective.commitment == Commitment::Aspirational ? m_aspirational : m_committed)->setChecked(true);
}

Id OkrWherePage::cycleId() const
{
    return m_cycle->currentData().value<Id>();
}

Id OkrWherePage::teamId() const
{
    return m_team->currentData().value<Id>();
}

Id OkrWherePage::parentObjectiveId() const
{
    return m_parent->currentData().value<Id>();
}

Commitment OkrWherePage::commitment() const
{
    return m_aspirational->isChecked() ? Commitment::Aspirational : Commitment::Committed;
}

QString OkrWherePage::parentObjectiveTitle() const
{
    const Objective *parent = m_plan.objective(parentObjectiveId());
    return parent ? parent->title : QString();
}

bool OkrWherePage::isComplete() const
{
    return cycleId() != NoId && teamId() != NoId;
}

void OkrWherePage::loadCycle()
{
    const Id teamId = this->teamId();
    try {
        m_plan = cycleId() == NoId ? CyclePlan{} : m_session.repository().queries().loadCycleObjectives(cycleId());
    } catch (const DocumentError &error) {
        m_plan = {};
        m_session.reportReadFailure(error.message());
    }
    fillTeams(teamId);
    emit completeChanged();
}

void OkrWherePage::fillTeams(Id selectedTeamId)
{
    {
        const QSignalBlocker blocker(m_team);
        m_team->clear();
        // Plain names, so typing a team's first letters finds it; parents come before their teams.
        for (const Team &team : std::as_const(m_plan.teams))
            m_team->addItem(team.name, team.id);
        m_team->setCurrentIndex(std::max(0, m_team->findData(selectedTeamId)));
    }
    fillParents(parentObjectiveId());
}

void OkrWherePage::fillParents(Id selectedParentId)
{
    {
        const QSignalBlocker blocker(m_parent);
        m_parent->clear();
        m_parent->addItem(tr("Not aligned"), NoId);
        for (const Objective &objective : std::as_const(m_plan.objectives)) {
            if (objective.id == m_reworkedObjectiveId || !m_plan.organisation().isBelow(teamId(), objective.teamId))
                continue;
            const Team *team = m_plan.team(objective.teamId);
            m_parent->addItem(tr("%1 (%2)").arg(objective.title, team ? team->name : QString()), objective.id);
        }
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(selectedParentId)));
    }
    showParent();
}

void OkrWherePage::showParent()
{
    const QString title = parentObjectiveTitle();
    m_parentText->setText(title.isEmpty()
                              ? tr("Not aligned: fine for company objectives and for a team's first quarter of OKRs.")
                              : tr("Your objective contributes to: <b>%1</b>").arg(title.toHtmlEscaped()));
}
