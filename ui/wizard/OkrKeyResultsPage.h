#pragma once

#include "coach/Coach.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"

#include <QList>
#include <QWizardPage>

#include <functional>

class KeyResultRow;
class OkrObjectivePage;
class QLabel;
class QMenu;
class QStringListModel;
class QToolButton;
class QVBoxLayout;

// The wizard's third page: the key results, one row each with its owner, with the coach's verdict per row as the team
// types, a templates menu, and a warning below 2 or above 5 key results or for duplicates. There is always one empty
// row at the end to type the next key result into. Next waits until every number is a number and every flag is fixed or
// acknowledged.
class OkrKeyResultsPage : public QWizardPage {
    Q_OBJECT
public:
    // `ownerNames`: the owners the document already names, offered as each row's owner is typed; asked when the page
    // is first shown, since reading them costs a large document a few tens of milliseconds.
    OkrKeyResultsPage(const OkrObjectivePage &objective, const KeyResultContext &context,
                      std::function<QStringList()> ownerNames, QWidget *parent = nullptr);

    // Shows stored key results (with their initiatives, by key result id) for rework.
    void setKeyResults(const QList<KeyResult> &keyResults, const QList<Initiative> &initiatives);

    // The rows with text, in order.
    QList<KeyResultRow *> keyResultRows() const;
    QList<KeyResultRow *> rows() const { return m_rows; }
    // The set checks' findings (count, duplicates) as shown under the rows.
    QString setWarning() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    KeyResultRow *appendRow();
    void removeRow(KeyResultRow *row);
    void insertTemplate(const QString &text);
    // Moves `row` (an output) into `target`'s initiatives, with the initiatives planned for it.
    void convertToInitiative(KeyResultRow *row, KeyResultRow *target);
    void listConvertTargets(KeyResultRow *row, QMenu *menu);
    void rowEdited();
    void updateTabOrder();

    const OkrObjectivePage &m_objective;
    Coach m_coach;
    KeyResultContext m_context;
    QList<KeyResultRow *> m_rows;
    std::function<QStringList()> m_readOwnerNames; // until the page is first shown
    QStringListModel *m_ownerNames = nullptr;
    QLabel *m_objectiveText = nullptr;
    QToolButton *m_templates = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_setWarning = nullptr;
};
