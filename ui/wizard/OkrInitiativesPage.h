#pragma once

#include <QList>
#include <QWizardPage>

class InitiativeListEditor;
class KeyResultRow;
class OkrKeyResultsPage;
class QVBoxLayout;

// The wizard's fourth page: the action plans (initiatives) for each key result, each with an owner. Outputs the
// team first wrote as key results and turned into initiatives are already listed here.
class OkrInitiativesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OkrInitiativesPage(OkrKeyResultsPage &keyResults, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override; // Back keeps what was typed here
    bool validatePage() override;

    QList<InitiativeListEditor *> editors() const { return m_editors; }

private:
    void storeInitiatives();
    void updateTabOrder();

    OkrKeyResultsPage &m_keyResults;
    QVBoxLayout *m_groupsLayout = nullptr;
    QList<KeyResultRow *> m_rows;
    QList<InitiativeListEditor *> m_editors;
    QList<QWidget *> m_groups;
};
