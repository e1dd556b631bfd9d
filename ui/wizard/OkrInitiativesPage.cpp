#include "wizard/OkrInitiativesPage.h"

#include "checkin/KeyResultRow.h"
#include "widgets/InitiativeListEditor.h"
#include "wizard/OkrKeyResultsPage.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

OkrInitiativesPage::OkrInitiativesPage(OkrKeyResultsPage &keyResults, QWidget *parent)
    : QWizardPage(parent)
    , m_keyResults(keyResults)
{
    setTitle(tr("Initiatives"));
    setSubTitle(tr("What will the team do to move each key result? Projects, tasks and deliverables go here, "
                   "each with an owner."));
    auto *groupsWidget = new QWidget;
    m_groupsLayout = new QVBoxLayout(groupsWidget);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("wizardInitiativesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(groupsWidget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void OkrInitiativesPage::initializePage()
{
    qDeleteAll(m_groups);
    m_groups.clear();
    m_editors.clear();
    m_rows = m_keyResults.keyResultRows();
    for (KeyResultRow *row : std::as_const(m_rows)) {
        auto *group = new QGroupBox(row->text());
        group->setObjectName(QStringLiteral("wizardInitiativeGroup"));
        auto *editor = new InitiativeListEditor(row->text(), group);
        editor->setInitiatives(row->initiatives());
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(editor);
        m_groupsLayout->insertWidget(m_groupsLayout->count() - 1, group);
        connect(editor, &InitiativeListEditor::linesChanged, this, &OkrInitiativesPage::updateTabOrder);
        m_groups.append(group);
        m_editors.append(editor);
    }
    if (m_rows.isEmpty()) {
        auto *none = new QLabel(tr("No key results: initiatives need a key result to move."));
        m_groupsLayout->insertWidget(0, none);
        m_groups.append(none);
    }
    updateTabOrder();
    if (!m_editors.isEmpty())
        m_editors.first()->focusOrder().first()->setFocus(Qt::OtherFocusReason);
}

void OkrInitiativesPage::cleanupPage()
{
    storeInitiatives();
}

bool OkrInitiativesPage::validatePage()
{
    storeInitiatives();
    return true;
}

void OkrInitiativesPage::storeInitiatives()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i]->setInitiatives(m_editors[i]->initiatives());
}

void OkrInitiativesPage::updateTabOrder()
{
    QWidget *previous = nullptr;
    for (const InitiativeListEditor *editor : std::as_const(m_editors)) {
        for (QWidget *field : editor->focusOrder()) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
}
