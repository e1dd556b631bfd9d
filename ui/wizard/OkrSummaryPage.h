#pragma once

#include <QWizardPage>

class OkrWizard;
class QTextBrowser;

// The wizard's last page: the whole OKR as it will be saved, with every flag that remains.
class OkrSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OkrSummaryPage(const OkrWizard &wizard, QWidget *parent = nullptr);

    QString summaryText() const; // as plain text, for tests

    void initializePage() override;

private:
    const OkrWizard &m_wizard;
    QTextBrowser *m_summary = nullptr;
};
