#include "wizard/OkrSummaryPage.h"

#include "text/DomainText.h"
#include "wizard/OkrWizard.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString range(const KeyResult &keyResult)
{
    switch (keyResult.kind) {
    case KeyResultKind::Increase:
    case KeyResultKind::Decrease:
        return QCoreApplication::translate("OkrSummaryPage", "from %1 to %2")
            .arg(DomainText::measure(keyResult, keyResult.start), DomainText::measure(keyResult, keyResult.target));
    case KeyResultKind::KeepAbove:
        return QCoreApplication::translate("OkrSummaryPage", "keep at or above %1")
            .arg(DomainText::measure(keyResult, keyResult.target));
    case KeyResultKind::KeepBelow:
        return QCoreApplication::translate("OkrSummaryPage", "keep at or below %1")
            .arg(DomainText::measure(keyResult, keyResult.target));
    }
    return {};
}

} // namespace

OkrSummaryPage::OkrSummaryPage(const OkrWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The OKR as it will be saved. Finish saves it as one step you can undo; Cancel saves nothing."));
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setAccessibleName(tr("Summary of the OKR"));
    // Tab goes on to the wizard's buttons instead of into the text.
    m_summary->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
}

QString OkrSummaryPage::summaryText() const
{
    return m_summary->toPlainText();
}

void OkrSummaryPage::initializePage()
{
    const OkrDraft draft = m_wizard.draft();
    const Objective &objective = draft.objective;
    QString html = QStringLiteral("<h3>%1</h3>").arg(objective.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(m_wizard.placementText().toHtmlEscaped());
    html += QStringLiteral("<ol>");
    for (const OkrDraft::KeyResultPlan &plan : draft.keyResults) {
        html += QStringLiteral("<li><b>%1</b> (%2)")
                    .arg(plan.keyResult.title.toHtmlEscaped(), range(plan.keyResult).toHtmlEscaped());
        html += QLatin1Char(' ') +
                (plan.keyResult.owner.isEmpty() ? tr("No owner yet.") : tr("Owner: %1.").arg(plan.keyResult.owner))
                    .toHtmlEscaped();
        if (!plan.initiatives.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const Initiative &initiative : plan.initiatives) {
                html += QStringLiteral("<li>%1</li>")
                            .arg(initiative.owner.isEmpty()
                                     ? initiative.title.toHtmlEscaped()
                                     : tr("%1 — %2").arg(initiative.title, initiative.owner).toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    if (draft.keyResults.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No key results.").toHtmlEscaped());
    const QStringList flags = m_wizard.remainingFlags();
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Remaining flags").toHtmlEscaped());
    if (flags.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None: the coach has nothing more to say.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const QString &flag : flags)
            html += QStringLiteral("<li>%1</li>").arg(flag.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_summary->setHtml(html);
}
