#include "window/ReportScopeDialog.h"

#include "model/Organisation.h"
#include "text/DomainText.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>

#include <algorithm>

ReportScopeDialog::ReportScopeDialog(const QList<Cycle> &cycles, Id shownCycleId, const QList<Team> &teams,
                                     QWidget *parent)
    : FormDialog(parent)
    , m_cycle(new QComboBox(this))
    , m_team(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportScopeDialog"));
    setWindowTitle(tr("Export Quarter Report"));
    m_cycle->setObjectName(QStringLiteral("reportCycle"));
    for (const Cycle &cycle : cycles)
        m_cycle->addItem(
            tr("%1 (%2, %3)").arg(cycle.name, DomainText::cycleDates(cycle), DomainText::cycleState(cycle.state)),
            QVariant::fromValue(cycle.id));
    m_cycle->setCurrentIndex(std::max(0, m_cycle->findData(QVariant::fromValue(shownCycleId))));

    // The organisation's order, each team indented under its department, as the tree shows them.
    m_team->setObjectName(QStringLiteral("reportTeam"));
    m_team->addItem(tr("The whole organisation"), QVariant::fromValue(NoId));
    QHash<Id, QString> names;
    for (const Team &team : teams)
        names.insert(team.id, team.name);
    const Organisation organisation(teams);
    for (const Id teamId : organisation.depthFirst())
        m_team->addItem(QString(organisation.depth(teamId) * 4, QLatin1Char(' ')) + names.value(teamId),
                        QVariant::fromValue(teamId));

    auto *form = new QFormLayout;
    form->addRow(tr("&Cycle:"), m_cycle);
    form->addRow(tr("&Whose report:"), m_team);
    auto *teamNote = new QLabel(tr("A team's report covers the teams below it too."), this);
    teamNote->setWordWrap(true);
    form->addRow(teamNote);
    setForm(form, tr("&Export…"), "reportScopeProblem");
    ScreenFit::fit(this, ScreenFit::inCharacters(this, 70, 10));
    m_cycle->setFocus();
}

Id ReportScopeDialog::cycleId() const
{
    return m_cycle->currentData().value<Id>();
}

Id ReportScopeDialog::teamId() const
{
    return m_team->currentData().value<Id>();
}
