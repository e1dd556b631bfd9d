#include "wizard/OkrKeyResultsPage.h"

#include "checkin/KeyResultRow.h"
#include "wizard/OkrObjectivePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

// The blank a template leaves for the team to fill.
QString blank()
{
    return QStringLiteral("___");
}

} // namespace

OkrKeyResultsPage::OkrKeyResultsPage(const OkrObjectivePage &objective, const KeyResultContext &context,
                                     std::function<QStringList()> ownerNames, QWidget *parent)
    : QWizardPage(parent)
    , m_objective(objective)
    , m_context(context)
    , m_readOwnerNames(std::move(ownerNames))
    , m_ownerNames(new QStringListModel(this))
    , m_objectiveText(new QLabel(this))
    , m_templates(new QToolButton(this))
    , m_setWarning(new QLabel(this))
{
    setTitle(tr("Key results"));
    setSubTitle(tr("How will you know you got there? Measurable outcomes, 2 to 5 of them, each from a start value "
                   "to a target, each with the person who owns it. Keep asking why until an activity becomes a "
                   "result."));
    m_objectiveText->setObjectName(QStringLiteral("wizardKeyResultsObjective"));
    m_objectiveText->setWordWrap(true);

    m_templates->setObjectName(QStringLiteral("wizardTemplates"));
    m_templates->setText(tr("&Templates"));
    m_templates->setAccessibleName(tr("Key result templates"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templates->setFocusPolicy(Qt::StrongFocus);
    auto *templates = new QMenu(m_templates);
    for (const QString &text : {tr("Increase %1 from X to Y"), tr("Reduce %1 by X%"), tr("Improve %1 up to X%"),
                                tr("Achieve X amount of %1"), tr("Keep %1 above X")}) {
        const QString filled = text.arg(blank());
        templates->addAction(filled, this, [this, filled] { insertTemplate(filled); });
    }
    m_templates->setMenu(templates);

    m_setWarning->setObjectName(QStringLiteral("wizardKeyResultSetWarning"));
    m_setWarning->setWordWrap(true);

    auto *rowsWidget = new QWidget;
    m_rowsLayout = new QVBoxLayout(rowsWidget);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("wizardKeyResultsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsWidget);

    auto *top = new QHBoxLayout;
    top->addWidget(m_objectiveText, 1);
    top->addWidget(m_templates, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_setWarning);

    appendRow();
    rowEdited();
}

void OkrKeyResultsPage::setKeyResults(const QList<KeyResult> &keyResults, const QList<Initiative> &initiatives)
{
    for (KeyResultRow *row : std::as_const(m_rows))
        row->deleteLater();
    m_rows.clear();
    appendRow();
    for (const KeyResult &keyResult : keyResults) {
        QList<Initiative> planned;
        for (const Initiative &initiative : initiatives) {
            if (initiative.keyResultId == keyResult.id)
                planned.append(initiative);
        }
        // Into the empty row at the end; its text adds the next empty row.
        m_rows.last()->setKeyResult(keyResult, planned);
    }
    rowEdited();
}

QList<KeyResultRow *> OkrKeyResultsPage::keyResultRows() const
{
    QList<KeyResultRow *> filled;
    for (KeyResultRow *row : m_rows) {
        if (!row->isEmpty())
            filled.append(row);
    }
    return filled;
}

QString OkrKeyResultsPage::setWarning() const
{
    return m_setWarning->text();
}

void OkrKeyResultsPage::initializePage()
{
    if (m_readOwnerNames)
        m_ownerNames->setStringList(std::exchange(m_readOwnerNames, nullptr)());
    m_objectiveText->setText(tr("Objective: <b>%1</b>").arg(m_objective.text().toHtmlEscaped()));
    m_rows.first()->focusText();
}

bool OkrKeyResultsPage::isComplete() const
{
    for (const KeyResultRow *row : m_rows) {
        if (!row->hasValidNumbers() || row->needsAcknowledgement())
            return false;
    }
    return true;
}

KeyResultRow *OkrKeyResultsPage::appendRow()
{
    auto *row = new KeyResultRow(m_coach, m_context, this);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
    m_rows.append(row);
    row->setNumber(int(m_rows.size()));
    row->setOwnerNames(m_ownerNames);
    connect(row, &KeyResultRow::edited, this, &OkrKeyResultsPage::rowEdited);
    connect(row, &KeyResultRow::removeRequested, this, &OkrKeyResultsPage::removeRow);
    connect(row, &KeyResultRow::convertMenuAboutToShow, this, &OkrKeyResultsPage::listConvertTargets);
    updateTabOrder();
    return row;
}

void OkrKeyResultsPage::removeRow(KeyResultRow *row)
{
    const qsizetype at = m_rows.indexOf(row);
    if (at < 0)
        return;
    m_rows.removeAt(at);
    row->hide();
    row->deleteLater();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rows[i]->setNumber(int(i + 1));
    if (m_rows.isEmpty())
        appendRow();
    rowEdited();
    m_rows[std::min(at, m_rows.size() - 1)]->focusText();
}

void OkrKeyResultsPage::insertTemplate(const QString &text)
{
    // Into the empty row at the end, so the template becomes the next key result.
    KeyResultRow *row = m_rows.last();
    row->setText(text, blank());
    // Focused without selecting everything, so typing replaces the blank.
    row->focusText();
}

void OkrKeyResultsPage::convertToInitiative(KeyResultRow *row, KeyResultRow *target)
{
    QList<Initiative> initiatives = target->initiatives();
    Initiative converted;
    converted.title = row->text();
    converted.owner = row->keyResult().owner;
    initiatives.append(converted);
    initiatives += row->initiatives();
    target->setInitiatives(initiatives);
    removeRow(row);
    target->focusText();
}

void OkrKeyResultsPage::listConvertTargets(KeyResultRow *row, QMenu *menu)
{
    for (KeyResultRow *target : keyResultRows()) {
        if (target == row)
            continue;
        menu->addAction(target->text(), this, [this, row, target] { convertToInitiative(row, target); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("Write the key result it should move first"))->setEnabled(false);
}

void OkrKeyResultsPage::rowEdited()
{
    if (!m_rows.last()->isEmpty())
        appendRow();
    QStringList texts;
    for (const KeyResultRow *row : keyResultRows())
        texts.append(row->text());
    QStringList warnings;
    for (const CoachFlag &flag : m_coach.reviewKeyResultSet(texts))
        warnings.append(flag.message);
    m_setWarning->setText(warnings.join(QLatin1Char('\n')));
    m_setWarning->setVisible(!warnings.isEmpty());
    emit completeChanged();
}

void OkrKeyResultsPage::updateTabOrder()
{
    // Rows added later would otherwise come after the wizard's buttons; the templates button comes after the rows,
    // so the page starts in the first key result.
    QWidget *previous = nullptr;
    for (const KeyResultRow *row : std::as_const(m_rows)) {
        for (QWidget *field : row->focusOrder()) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
    setTabOrder(previous, m_templates);
}
