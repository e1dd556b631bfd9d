#pragma once

#include "commands/ChangeTreeItemCommand.h"
#include "model/TextLimits.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <array>

class AlignmentTreeModel;
class ChartPanel;
class QChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class TitleEdit;

// The details of the item selected in the alignment tree, with an editor for every field. Each edit is pushed to
// the model's session as one ChangeTreeItemCommand (numbers stepped with the arrows merge into one undo step).
// An objective's team is chosen among the teams its alignment allows (AlignmentTreeModel::canChangeTeam).
// Follows the model: after an edit, undo or redo elsewhere it shows the item's stored values again. Below the
// editors, the chart of the shown objective or key result.
class DetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(AlignmentTreeModel *model, QWidget *parent = nullptr);

    // Shows the item at `index` (any column); an invalid index shows a hint.
    void showItem(const QModelIndex &index);
    // At least the width the widest page needs in English, before that page is built.
    QSize minimumSizeHint() const override;

signals:
    // A page built on first use needs more width than the panel had (longer labels in another language).
    void minimumWidthChanged(int width);

private:
    enum Page { EmptyPage, ObjectivePage, KeyResultPage, InitiativePage, TeamPage };

    int reservedWidth() const;
    void showPage(Page shown);
    QWidget *createPage(Page page);
    void showCoachFlags();
    QFormLayout *formOn(QWidget *page);
    QWidget *createObjectivePage();
    QWidget *createKeyResultPage();
    QWidget *createInitiativePage();
    QWidget *createTeamPage();
    QLineEdit *addLineEdit(QFormLayout *form, const QString &label, const char *objectName,
                           ChangeTreeItemCommand::Field field);
    // A title over as many lines as it needs, committed on Enter or when the focus leaves it.
    TitleEdit *addTitle(QFormLayout *form, const char *objectName, TextField field);
    QDoubleSpinBox *addNumber(QFormLayout *form, const QString &label, const char *objectName, double minimum,
                              ChangeTreeItemCommand::Field field);
    QComboBox *addChoice(QFormLayout *form, const QString &label, const char *objectName, const QStringList &choices,
                         ChangeTreeItemCommand::Field field);
    QPlainTextEdit *addDescription(QFormLayout *form, const char *objectName, TextField field);

    void refill();
    // The shown objective's burn-up or key result's values; nothing for an initiative.
    void redrawChart(const TreeItem &shown);
    // Shows `chart` below the fields, taking it; null hides the chart.
    void showChart(QChart *chart);
    void fillTeamChoices(const Objective &objective);
    // Applies the editors' value of `field` to the shown item and pushes the change, when there is one.
    void commit(ChangeTreeItemCommand::Field field);
    // Copies the editor of `field` into the item; false when the item has no such field.
    bool applyEditor(Objective &objective, ChangeTreeItemCommand::Field field);
    bool applyEditor(KeyResult &keyResult, ChangeTreeItemCommand::Field field);
    bool applyEditor(Initiative &initiative, ChangeTreeItemCommand::Field field);
    bool eventFilter(QObject *watched, QEvent *event) override;

    AlignmentTreeModel *m_model;
    QPersistentModelIndex m_shown;
    QStackedWidget *m_pages = nullptr;
    std::array<QWidget *, TeamPage + 1> m_pageWidgets{}; // built on first use
    int m_announcedWidth = 0;
    QLabel *m_notes = nullptr;
    ChartPanel *m_chart = nullptr;
    bool m_filling = false;

    // Objective page
    TitleEdit *m_objectiveTitle = nullptr;
    QComboBox *m_objectiveTeam = nullptr;
    QList<Id> m_teamChoices; // the team ids m_objectiveTeam offers, in its order
    QComboBox *m_objectiveCommitment = nullptr;
    QDoubleSpinBox *m_objectiveWeight = nullptr;
    QPlainTextEdit *m_objectiveDescription = nullptr;
    // Key result page
    TitleEdit *m_keyResultTitle = nullptr;
    QLineEdit *m_keyResultOwner = nullptr;
    QDoubleSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_unitLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_keyResultCommitment = nullptr;
    QDoubleSpinBox *m_keyResultWeight = nullptr;
    QPlainTextEdit *m_keyResultDescription = nullptr;
    // Initiative page
    TitleEdit *m_initiativeTitle = nullptr;
    QLineEdit *m_initiativeOwner = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    // Team page (a team node)
    QLabel *m_teamName = nullptr;
    QLabel *m_teamSummary = nullptr;
};
