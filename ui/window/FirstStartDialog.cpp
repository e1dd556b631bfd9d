#include "window/FirstStartDialog.h"

#include "model/Quarter.h"
#include "text/DomainText.h"
#include "widgets/TextLimitHint.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

FirstStartDialog::FirstStartDialog(QDate today, QWidget *parent)
    : FormDialog(parent)
    , m_example(new QRadioButton(tr("&Explore an example company"), this))
    , m_organisation(new QRadioButton(tr("&Start your organisation"), this))
    , m_name(new QLineEdit(this))
    , m_teams(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Welcome to Quarterdeck"));
    m_example->setObjectName(QStringLiteral("firstStartExample"));
    m_organisation->setObjectName(QStringLiteral("firstStartOrganisation"));
    m_name->setObjectName(QStringLiteral("firstStartName"));
    TextLimitHint::limit(m_name, TextField::TeamName);
    m_name->setPlaceholderText(tr("Your company or organisation"));
    m_teams->setObjectName(QStringLiteral("firstStartTeams"));
    m_teams->setPlaceholderText(tr("Marketing\nSales\nProduct"));
    m_teams->setTabChangesFocus(true);
    m_teams->setFixedHeight(6 * fontMetrics().lineSpacing());

    auto *exampleText = new QLabel(tr("A made-up company with a quarter of OKRs, check-ins and KPIs, in a document "
                                      "of its own: try everything without touching your plan."),
                                   this);
    exampleText->setWordWrap(true);
    const Cycle quarter = Quarter::containing(today);
    auto *cycleText = new QLabel(tr("The first cycle: %1 (%2), active. Teams can be added, renamed and moved later "
                                    "in the Teams menu.")
                                     .arg(quarter.name, DomainText::cycleDates(quarter)),
                                 this);
    cycleText->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("How would you like to begin?"), this));
    form->addRow(m_organisation);
    form->addRow(tr("Organisation &name:"), m_name);
    form->addRow(tr("First &teams, one per line:"), m_teams);
    form->addRow(cycleText);
    form->addRow(m_example);
    form->addRow(exampleText);
    setForm(form, tr("Start"), "firstStartProblem");

    m_organisation->setChecked(true);
    connect(m_organisation, &QRadioButton::toggled, this, &FirstStartDialog::updateForm);
    connect(m_name, &QLineEdit::textChanged, this, &FirstStartDialog::updateForm);
    updateForm();
    m_name->setFocus();
}

FirstStartDialog::Choice FirstStartDialog::choice() const
{
    return m_example->isChecked() ? Choice::Example : Choice::Organisation;
}

QString FirstStartDialog::organisationName() const
{
    return m_name->text().trimmed();
}

QStringList FirstStartDialog::teamNames() const
{
    QStringList names;
    for (const QString &line : m_teams->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    }
    return names;
}

void FirstStartDialog::updateForm()
{
    const bool organisation = choice() == Choice::Organisation;
    m_name->setEnabled(organisation);
    m_teams->setEnabled(organisation);
    showProblem(organisation && organisationName().isEmpty() ? tr("Name your organisation to start it.") : QString());
}
