#include "tree/DetailsPanel.h"

#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "model/AlignmentRules.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "tree/AlignmentTreeModel.h"
#include "widgets/CoachSigns.h"
#include "widgets/TextLimitHint.h"
#include "widgets/TitleEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

using Field = ChangeTreeItemCommand::Field;

// Large enough for revenue in cents, small enough to stay exact in a double with two decimals.
constexpr double NumberLimit = 1e12;

QStringList commitmentChoices()
{
    return {DetailsPanel::tr("Committed (expected 100 %)"), DetailsPanel::tr("Aspirational (about 70 % is a success)")};
}

void setText(QLineEdit *edit, const QString &text)
{
    // Keeps the cursor where it is when nothing changed (a refill after another field's edit).
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0); // a long title shows its beginning
}

} // namespace

DetailsPanel::DetailsPanel(AlignmentTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setAccessibleName(tr("Details"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    showPage(EmptyPage);
    layout->addWidget(m_pages);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("detailsNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setAccessibleName(tr("Coach"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setVisible(false);
    layout->addWidget(m_notes);
    layout->addStretch(); // the chart goes above it when there is one (showChart)

    // The model follows every command (ours, undo, redo, other features'): show the stored values again.
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &DetailsPanel::refill);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showItem({}); });
    // A change of values announces its rows: only those concern the shown item.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_shown.isValid() && m_shown.parent() == topLeft.parent() && topLeft.row() <= m_shown.row() &&
                    m_shown.row() <= bottomRight.row())
                    refill();
            });
}

QFormLayout *DetailsPanel::formOn(QWidget *page)
{
    // The pages share the stack's height: the fields stay at the top instead of spreading over the tallest page.
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch();
    return form;
}

QLineEdit *DetailsPanel::addLineEdit(QFormLayout *form, const QString &label, const char *objectName, Field field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    return edit;
}

TitleEdit *DetailsPanel::addTitle(QFormLayout *form, const char *objectName, TextField field)
{
    auto *title = new TitleEdit(field, this);
    title->setObjectName(QLatin1String(objectName));
    title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), title);
    connect(title, &TitleEdit::editingFinished, this, [this] { commit(Field::Title); });
    return title;
}

QDoubleSpinBox *DetailsPanel::addNumber(QFormLayout *form, const QString &label, const char *objectName, double minimum,
                                        Field field)
{
    auto *number = new QDoubleSpinBox(this);
    number->setObjectName(QLatin1String(objectName));
    number->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    number->setRange(minimum, NumberLimit);
    number->setDecimals(2);
    // Typing commits on Enter or when leaving the field; each arrow step commits (and merges into one undo step).
    number->setKeyboardTracking(false);
    number->setGroupSeparatorShown(true);
    form->addRow(label, number);
    connect(number, &QDoubleSpinBox::valueChanged, this, [this, field] { commit(field); });
    return number;
}

QComboBox *DetailsPanel::addChoice(QFormLayout *form, const QString &label, const char *objectName,
                                   const QStringList &choices, Field field)
{
    auto *choice = new QComboBox(this);
    choice->setObjectName(QLatin1String(objectName));
    choice->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    choice->addItems(choices);
    form->addRow(label, choice);
    connect(choice, &QComboBox::activated, this, [this, field] { commit(field); });
    return choice;
}

QPlainTextEdit *DetailsPanel::addDescription(QFormLayout *form, const char *objectName, TextField field)
{
    auto *description = new QPlainTextEdit(this);
    description->setObjectName(QLatin1String(objectName));
    description->setAccessibleName(tr("Description"));
    description->setTabChangesFocus(true);
    description->setMaximumHeight(6 * fontMetrics().height());
    // Committed when focus leaves it: one undo step per visit, not one per keystroke.
    description->installEventFilter(this);
    form->addRow(tr("&Description:"), description);
    form->addRow(new TextLimitHint(field, description, this)); // over the limit, leaving it commits nothing
    return description;
}

int DetailsPanel::reservedWidth() const
{
    // What the key result page needs in English (its commitment choices are the widest row), so that the panel does
    // not widen when its first item is shown; a language with longer labels widens it once (minimumWidthChanged).
    constexpr int reservedCharacters = 60;
    return reservedCharacters * fontMetrics().averageCharWidth();
}

QSize DetailsPanel::minimumSizeHint() const
{
    const QSize pagesNeed = QWidget::minimumSizeHint();
    return {std::max(pagesNeed.width(), reservedWidth()), pagesNeed.height()};
}

void DetailsPanel::showPage(Page shown)
{
    // A page is built when first shown: the four forms took a twentieth of the window's start-up, and a session
    // may never select an initiative or a team.
    QWidget *&page = m_pageWidgets.at(shown);
    if (!page) {
        page = createPage(shown);
        m_pages->addWidget(page);
        m_pages->updateGeometry(); // the column keeps the stack's old size hints until told
        const int width = minimumSizeHint().width();
        if (width > m_announcedWidth) {
            m_announcedWidth = width;
            emit minimumWidthChanged(width);
        }
    }
    m_pages->setCurrentWidget(page);
}

QWidget *DetailsPanel::createPage(Page page)
{
    switch (page) {
    case EmptyPage:
        break;
    case ObjectivePage:
        return createObjectivePage();
    case KeyResultPage:
        return createKeyResultPage();
    case InitiativePage:
        return createInitiativePage();
    case TeamPage:
        return createTeamPage();
    }
    auto *empty = new QLabel(tr("Select an objective, key result or initiative to see and edit its details."), this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return empty;
}

QWidget *DetailsPanel::createObjectivePage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_objectiveTitle = addTitle(form, "objectiveTitle", TextField::ObjectiveTitle);
    m_objectiveTeam = addChoice(form, tr("T&eam:"), "objectiveTeam", {}, Field::Team);
    m_objectiveTeam->setMaxVisibleItems(20);
    m_objectiveTeam->setToolTip(tr("The teams its alignment allows: below the team of the objective it is aligned to, "
                                   "above the teams of the objectives aligned to it. The company's team makes it a "
                                   "company objective."));
    m_objectiveCommitment =
        addChoice(form, tr("&Type:"), "objectiveCommitment", commitmentChoices(), Field::Commitment);
    m_objectiveWeight = addNumber(form, tr("&Weight:"), "objectiveWeight", 0.0, Field::Weight);
    m_objectiveWeight->setToolTip(tr("Its weight in the progress of the objective it is aligned to"));
    m_objectiveDescription = addDescription(form, "objectiveDescription", TextField::ObjectiveDescription);
    return page;
}

QWidget *DetailsPanel::createKeyResultPage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_keyResultTitle = addTitle(form, "keyResultTitle", TextField::KeyResultTitle);
    m_keyResultOwner = addLineEdit(form, tr("&Owner:"), "keyResultOwner", Field::Owner);
    TextLimitHint::limit(m_keyResultOwner, TextField::Owner);
    m_kind = addChoice(form, tr("&Kind:"), "keyResultKind",
                       {tr("Increase to the target"), tr("Decrease to the target"), tr("Maintain: stay at or above"),
                        tr("Maintain: stay at or below")},
                       Field::Kind);
    m_start = addNumber(form, tr("&Start value:"), "keyResultStart", -NumberLimit, Field::Start);
    m_target = addNumber(form, tr("Tar&get value:"), "keyResultTarget", -NumberLimit, Field::Target);
    m_unit = addChoice(form, tr("&Unit:"), "keyResultUnit",
                       {tr("Number"), tr("Percent"), tr("Currency"), tr("Time"), tr("Rating")}, Field::Unit);
    m_unitLabel = addLineEdit(form, tr("Unit &label:"), "keyResultUnitLabel", Field::UnitLabel);
    TextLimitHint::limit(m_unitLabel, TextField::UnitLabel);
    m_unitLabel->setPlaceholderText(tr("%, $, min, /10, users…"));
    m_keyResultCommitment =
        addChoice(form, tr("T&ype:"), "keyResultCommitment", commitmentChoices(), Field::Commitment);
    m_keyResultWeight = addNumber(form, tr("&Weight:"), "keyResultWeight", 0.0, Field::Weight);
    m_keyResultDescription = addDescription(form, "keyResultDescription", TextField::KeyResultDescription);
    return page;
}

QWidget *DetailsPanel::createInitiativePage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_initiativeTitle = addTitle(form, "initiativeTitle", TextField::InitiativeTitle);
    m_initiativeOwner = addLineEdit(form, tr("&Owner:"), "initiativeOwner", Field::Owner);
    TextLimitHint::limit(m_initiativeOwner, TextField::Owner);
    QStringList statuses;
    for (const InitiativeStatus status :
         {InitiativeStatus::Planned, InitiativeStatus::InProgress, InitiativeStatus::Done, InitiativeStatus::Dropped})
        statuses.append(DomainText::initiativeStatus(status));
    m_status = addChoice(form, tr("&Status:"), "initiativeStatus", statuses, Field::Status);
    m_hasDue = new QCheckBox(tr("D&ue date:"), page);
    m_hasDue->setObjectName(QStringLiteral("initiativeHasDue"));
    m_due = new QDateEdit(page);
    m_due->setObjectName(QStringLiteral("initiativeDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    form->addRow(m_hasDue, m_due);
    connect(m_hasDue, &QCheckBox::toggled, this, [this] { commit(Field::Due); });
    connect(m_due, &QDateEdit::editingFinished, this, [this] { commit(Field::Due); });
    return page;
}

QWidget *DetailsPanel::createTeamPage()
{
    auto *page = new QWidget(this);
    auto *form = formOn(page);
    m_teamName = new QLabel(page);
    m_teamName->setObjectName(QStringLiteral("teamName"));
    form->addRow(tr("Team:"), m_teamName);
    m_teamSummary = new QLabel(page);
    m_teamSummary->setObjectName(QStringLiteral("teamSummary"));
    m_teamSummary->setWordWrap(true);
    form->addRow(m_teamSummary);
    return page;
}

void DetailsPanel::showItem(const QModelIndex &index)
{
    m_shown = index.isValid() ? index.siblingAtColumn(AlignmentTreeModel::TitleColumn) : QModelIndex();
    refill();
}

void DetailsPanel::showCoachFlags()
{
    // Shown while the team talks: what the coach flags and which way a rewrite should go.
    const QList<CoachFlag> flags = m_model->coachFlags(m_shown);
    QStringList paragraphs;
    for (const CoachFlag &flag : flags)
        paragraphs.append(
            tr("<p>%1 %2<br><i>%3</i></p>")
                .arg(CoachSigns::sign(flag.severity), flag.message.toHtmlEscaped(), flag.suggestion.toHtmlEscaped()));
    m_notes->setText(paragraphs.isEmpty() ? QString() : tr("<b>Coach</b>") + paragraphs.join(QString()));
    m_notes->setVisible(!paragraphs.isEmpty());
}

void DetailsPanel::refill()
{
    showCoachFlags();
    if (!m_shown.isValid()) {
        showPage(EmptyPage);
        showChart(nullptr);
        return;
    }
    m_filling = true;
    const DocumentSession *session = m_model->session();
    const bool readOnly = session && session->document().isReadOnly();
    const bool editable = session && !readOnly;
    if (AlignmentTreeModel::nodeKind(m_shown) == AlignmentTreeModel::NodeKind::Team) {
        showPage(TeamPage);
        m_teamName->setText(m_shown.data().toString());
        m_teamSummary->setText(
            tr("The team's objectives below it are not aligned to an objective of this cycle (%n). Add Below adds "
               "one; drag an aligned objective of the team here to stop aligning it.",
               nullptr, m_model->rowCount(m_shown)));
        showChart(nullptr);
        m_filling = false;
        return;
    }
    const TreeItem shown = m_model->item(m_shown);
    redrawChart(shown);
    if (const auto *objective = std::get_if<Objective>(&shown)) {
        showPage(ObjectivePage);
        m_objectiveTitle->setText(objective->title);
        fillTeamChoices(*objective);
        m_objectiveCommitment->setCurrentIndex(int(objective->commitment));
        m_objectiveWeight->setValue(objective->weight);
        if (m_objectiveDescription->toPlainText() != objective->description)
            m_objectiveDescription->setPlainText(objective->description);
    } else if (const auto *keyResult = std::get_if<KeyResult>(&shown)) {
        showPage(KeyResultPage);
        m_keyResultTitle->setText(keyResult->title);
        setText(m_keyResultOwner, keyResult->owner);
        m_kind->setCurrentIndex(int(keyResult->kind));
        m_start->setValue(keyResult->start);
        m_target->setValue(keyResult->target);
        m_unit->setCurrentIndex(int(keyResult->unit));
        setText(m_unitLabel, keyResult->unitLabel);
        m_keyResultCommitment->setCurrentIndex(int(keyResult->commitment));
        m_keyResultWeight->setValue(keyResult->weight);
        if (m_keyResultDescription->toPlainText() != keyResult->description)
            m_keyResultDescription->setPlainText(keyResult->description);
    } else if (const auto *initiative = std::get_if<Initiative>(&shown)) {
        showPage(InitiativePage);
        m_initiativeTitle->setText(initiative->title);
        setText(m_initiativeOwner, initiative->owner);
        m_status->setCurrentIndex(int(initiative->status));
        m_hasDue->setChecked(initiative->due.isValid());
        m_due->setEnabled(initiative->due.isValid());
        m_due->setDate(initiative->due.isValid() ? initiative->due : m_model->plan().cycle.end);
    }
    m_pages->currentWidget()->setEnabled(editable);
    // Disabled fields still show their tool tips: say why they cannot be changed.
    m_pages->currentWidget()->setToolTip(
        readOnly ? tr("The document is open read-only: its items cannot be changed here. %1")
                       .arg(session->document().readOnlyReason())
                       .trimmed()
                 : QString());
    m_filling = false;
}

void DetailsPanel::redrawChart(const TreeItem &shown)
{
    QChart *chart = nullptr;
    if (const DocumentSession *session = m_model->session()) {
        const Repository &repository = session->repository();
        const CyclePlan &plan = m_model->plan();
        const ShownPlan *shownPlan = m_model->shownPlan();
        // The cycle's histories when the board or the charts read them already, or when the item spans so many key
        // results that one read of the cycle's (then shared with them) is quicker; else only the shown item's,
        // one indexed lookup per key result.
        const auto historiesOf = [&](const QList<Id> &keyResultIds) {
            constexpr qsizetype manyKeyResults = 500;
            if (shownPlan && (shownPlan->hasHistories() || keyResultIds.size() > manyKeyResults))
                return shownPlan->histories();
            KeyResultHistories read;
            for (const Id keyResultId : keyResultIds)
                read.insert(keyResultId, repository.queries().keyResultHistory(keyResultId));
            return read;
        };
        try {
            if (const auto *objective = std::get_if<Objective>(&shown)) {
                chart = ChartFactory::burnUpChart(plan, historiesOf(ChartSeries::burnUpKeyResults(plan, objective->id)),
                                                  objective->id, QDate::currentDate(), palette());
            } else if (const auto *keyResult = std::get_if<KeyResult>(&shown)) {
                chart = ChartFactory::keyResultChart(plan, historiesOf({keyResult->id}), keyResult->id, palette());
            }
        } catch (const DocumentError &) {
            // The tree reports a file that cannot be read; the panel just shows no chart.
        }
    }
    showChart(chart);
}

void DetailsPanel::showChart(QChart *chart)
{
    if (!chart) {
        if (m_chart)
            m_chart->setVisible(false);
        return;
    }
    if (!m_chart) {
        // Built with the first chart, like the pages: a team or an empty document shows none.
        m_chart = new ChartPanel(this);
        m_chart->setObjectName(QStringLiteral("detailsChart"));
        m_chart->setMinimumHeight(18 * fontMetrics().height());
        auto *column = static_cast<QVBoxLayout *>(layout());
        column->insertWidget(column->count() - 1, m_chart, 1); // above the closing stretch
    }
    if (const DocumentSession *session = m_model->session())
        m_chart->setDocumentPath(session->document().path());
    ChartFactory::fitToNarrowPanel(chart);
    m_chart->setChart(chart);
    m_chart->setVisible(true);
}

void DetailsPanel::fillTeamChoices(const Objective &objective)
{
    // Offered in the organisation's order, indented by depth like the team filter; refilled only when the choice
    // changes, since a thousand teams take a moment to list and every edit refills the panel.
    const CyclePlan &plan = m_model->plan();
    const QList<Id> choices = AlignmentRules(plan).teamsFor(objective.id);
    if (choices != m_teamChoices) {
        m_teamChoices = choices;
        m_objectiveTeam->clear();
        for (const Id teamId : std::as_const(m_teamChoices)) {
            const int depth = plan.organisation().depth(teamId);
            m_objectiveTeam->addItem(QString(2 * depth, QLatin1Char(' ')) + plan.team(teamId)->name, teamId);
        }
    }
    m_objectiveTeam->setCurrentIndex(int(m_teamChoices.indexOf(objective.teamId)));
    m_objectiveTeam->setEnabled(m_teamChoices.size() > 1);
}

void DetailsPanel::commit(Field field)
{
    DocumentSession *session = m_model->session();
    if (m_filling || !session || !m_shown.isValid() ||
        AlignmentTreeModel::nodeKind(m_shown) == AlignmentTreeModel::NodeKind::Team)
        return;
    const TreeItem before = m_model->item(m_shown);
    TreeItem after = before;
    if (!std::visit([this, field](auto &item) { return applyEditor(item, field); }, after))
        return;
    if (std::visit([](const auto &item) { return item.title.isEmpty(); }, after))
        return refill(); // a title is required: show the stored one again
    if (after == before)
        return;
    session->push(new ChangeTreeItemCommand(*session, m_model->plan().cycle.id, before, after, field));
}

bool DetailsPanel::applyEditor(Objective &objective, Field field)
{
    switch (field) {
    case Field::Title:
        objective.title = m_objectiveTitle->text().trimmed();
        return true;
    case Field::Team: {
        const Id teamId = m_objectiveTeam->currentData().value<Id>();
        if (teamId != objective.teamId)
            objective.position = -1; // last among the new team's objectives
        objective.teamId = teamId;
        return true;
    }
    case Field::Commitment:
        objective.commitment = Commitment(m_objectiveCommitment->currentIndex());
        return true;
    case Field::Weight:
        objective.weight = m_objectiveWeight->value();
        return true;
    case Field::Description:
        objective.description = m_objectiveDescription->toPlainText();
        return TextLimits::fits(TextField::ObjectiveDescription, objective.description);
    default:
        return false;
    }
}

bool DetailsPanel::applyEditor(KeyResult &keyResult, Field field)
{
    switch (field) {
    case Field::Title:
        keyResult.title = m_keyResultTitle->text().trimmed();
        return true;
    case Field::Owner:
        keyResult.owner = m_keyResultOwner->text().trimmed();
        return true;
    case Field::Kind:
        keyResult.kind = KeyResultKind(m_kind->currentIndex());
        return true;
    case Field::Start:
        keyResult.start = m_start->value();
        return true;
    case Field::Target:
        keyResult.target = m_target->value();
        return true;
    case Field::Unit:
        keyResult.unit = MeasureUnit(m_unit->currentIndex());
        return true;
    case Field::UnitLabel:
        keyResult.unitLabel = m_unitLabel->text().trimmed();
        return true;
    case Field::Commitment:
        keyResult.commitment = Commitment(m_keyResultCommitment->currentIndex());
        return true;
    case Field::Weight:
        keyResult.weight = m_keyResultWeight->value();
        return true;
    case Field::Description:
        keyResult.description = m_keyResultDescription->toPlainText();
        return TextLimits::fits(TextField::KeyResultDescription, keyResult.description);
    default:
        return false;
    }
}

bool DetailsPanel::applyEditor(Initiative &initiative, Field field)
{
    switch (field) {
    case Field::Title:
        initiative.title = m_initiativeTitle->text().trimmed();
        return true;
    case Field::Owner:
        initiative.owner = m_initiativeOwner->text().trimmed();
        return true;
    case Field::Status:
        initiative.status = InitiativeStatus(m_status->currentIndex());
        return true;
    case Field::Due:
        m_due->setEnabled(m_hasDue->isChecked());
        initiative.due = m_hasDue->isChecked() ? m_due->date() : QDate();
        return true;
    default:
        return false;
    }
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_objectiveDescription || watched == m_keyResultDescription))
        commit(Field::Description);
    return QWidget::eventFilter(watched, event);
}
