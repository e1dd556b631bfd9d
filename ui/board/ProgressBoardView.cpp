#include "board/ProgressBoardView.h"

#include "board/BoardSummary.h"
#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "board/SparklineDelegate.h"
#include "board/StatusCountText.h"
#include "board/WeekChangesView.h"
#include "coach/CoachMessages.h"
#include "document/ShownPlan.h"
#include "preferences/Preferences.h"
#include "storage/DocumentError.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "widgets/ColumnWidths.h"
#include "widgets/ItemRoles.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ProgressBarDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The commitment combo's items carry these.
constexpr int AnyCommitment = -1;

} // namespace

ProgressBoardView::ProgressBoardView(QWidget *parent)
    : QWidget(parent)
    , m_referenceDate(QDate::currentDate())
    , m_model(new ProgressBoardModel(this))
    , m_filterModel(new ProgressBoardFilterModel(this))
{
    setObjectName(QStringLiteral("progressBoard"));
    m_filterModel->setBoardModel(m_model);
}

void ProgressBoardView::setVisible(bool visible)
{
    // Built before QWidget shows the board: the controls then show with it.
    if (visible)
        ensureControls();
    QWidget::setVisible(visible);
}

void ProgressBoardView::ensureControls()
{
    if (!m_tree)
        createControls();
}

QTreeView *ProgressBoardView::treeView()
{
    ensureControls();
    return m_tree;
}

WeekChangesView *ProgressBoardView::weekChangesView()
{
    ensureControls();
    return m_changes;
}

void ProgressBoardView::createControls()
{
    const auto checkBox = [this](const QString &text, const QString &name, const QString &toolTip) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(name);
        box->setToolTip(toolTip);
        connect(box, &QCheckBox::toggled, this, &ProgressBoardView::applyFilter);
        return box;
    };
    m_atRisk = checkBox(tr("At &risk"), QStringLiteral("filterAtRisk"),
                        tr("Objectives at risk by pace or by the confidence their team stated"));
    m_offTrack = checkBox(tr("O&ff track"), QStringLiteral("filterOffTrack"),
                          tr("Objectives off track by pace or by the confidence their team stated"));
    m_stalled = checkBox(tr("S&talled"), QStringLiteral("filterStalled"),
                         tr("Objectives with a key result whose value did not change over its last 3 check-ins"));
    m_missingCheckIn = checkBox(tr("&Missing check-in"), QStringLiteral("filterMissingCheckIn"),
                                tr("Teams with no check-in for the last week that is over"));

    m_commitment = new QComboBox(this);
    m_commitment->setObjectName(QStringLiteral("filterCommitment"));
    m_commitment->addItem(tr("All objectives"), AnyCommitment);
    m_commitment->addItem(tr("Committed"), int(Commitment::Committed));
    m_commitment->addItem(tr("Aspirational"), int(Commitment::Aspirational));
    connect(m_commitment, &QComboBox::currentIndexChanged, this, &ProgressBoardView::applyFilter);
    auto *commitmentLabel = new QLabel(tr("T&ype:"), this);
    commitmentLabel->setBuddy(m_commitment);

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("teamOrder"));
    // Its longest order need not hold the page, and so the window, wider at a large font.
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(10);
    m_order->addItem(tr("Organisation"), int(ProgressBoardFilterModel::TeamOrder::Organisation));
    m_order->setItemData(0, tr("Teams under their departments, objectives and key results in the plan's order"),
                         Qt::ToolTipRole);
    m_order->addItem(tr("Name"), int(ProgressBoardFilterModel::TeamOrder::Name));
    m_order->addItem(tr("Least progress first"), int(ProgressBoardFilterModel::TeamOrder::LeastProgress));
    m_order->addItem(tr("Most worried first"), int(ProgressBoardFilterModel::TeamOrder::MostWorried));
    m_order->setItemData(m_order->count() - 1,
                         tr("Off track first, then at risk, missing check-in and stalled, then the furthest behind: "
                            "teams, objectives and key results alike"),
                         Qt::ToolTipRole);
    m_order->addItem(tr("Most coach flags first"), int(ProgressBoardFilterModel::TeamOrder::MostCoachFlags));
    m_order->setItemData(m_order->count() - 1,
                         tr("The teams that most need help writing OKRs first: the largest share of their own key "
                            "results the coach flagged"),
                         Qt::ToolTipRole);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ProgressBoardView::applyOrder);
    auto *orderLabel = new QLabel(tr("S&ort:"), this);
    orderLabel->setBuddy(m_order);

    // Two rows: in one, the board as a page would hold the window wider than a 1366 screen at a large font.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Only:"), this));
    for (QCheckBox *box : {m_atRisk, m_offTrack, m_stalled, m_missingCheckIn})
        filters->addWidget(box);
    filters->addStretch(1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(commitmentLabel);
    choices->addWidget(m_commitment);
    choices->addSpacing(12);
    choices->addWidget(orderLabel);
    choices->addWidget(m_order);
    choices->addStretch(1);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("progressBoardTree"));
    m_tree->setAccessibleName(tr("Progress board"));
    m_tree->setModel(m_filterModel);
    m_tree->setItemDelegateForColumn(ProgressBoardModel::ProgressColumn, new ProgressBarDelegate(m_tree));
    m_tree->setItemDelegateForColumn(
        ProgressBoardModel::HistoryColumn,
        new SparklineDelegate({ItemRoles::ValueHistoryRole, ItemRoles::TargetValueRole, ItemRoles::PaceStatusRole},
                              m_tree));
    // One line per row: the view need not measure rows, which keeps 1,000 cards cheap.
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSortingEnabled(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    // The title takes what the other columns leave (fitTitleColumn), but keeps a readable minimum.
    header->setSectionResizeMode(ProgressBoardModel::TitleColumn, QHeaderView::Interactive);
    // The coach's count beside the statuses, before the dates and notes a narrow board scrolls to.
    header->moveSection(header->visualIndex(ProgressBoardModel::CoachColumn),
                        header->visualIndex(ProgressBoardModel::CheckInColumn));
    sizeColumns();
    m_tree->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ProgressBoardModel::TitleColumn)
            fitTitleColumn();
    });
    connect(m_tree, &QTreeView::activated, this, &ProgressBoardView::activate);
    // The coach's review arrives after the refresh: its line, and its order when chosen.
    connect(m_model, &ProgressBoardModel::coachReviewed, this, [this] {
        updateOrganisationLine();
        if (m_filterModel->teamOrder() == ProgressBoardFilterModel::TeamOrder::MostCoachFlags)
            m_filterModel->invalidate();
    });
    setFocusProxy(m_tree); // focusing the board lands on its rows
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_filterModel->mapToSource(current);
        if (const ProgressBoard::KeyResultCard *keyResult = m_model->keyResultAt(source))
            emit currentKeyResultChanged(keyResult->keyResult.id);
        else if (const ProgressBoard::ObjectiveCard *objective = m_model->objectiveAt(source))
            emit currentObjectiveChanged(objective->id);
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setWordWrap(true);

    m_organisation = new QLabel(this);
    m_organisation->setObjectName(QStringLiteral("organisationLine"));
    m_organisation->setWordWrap(true);
    m_organisation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Bold only: the size stays the window's, so presentation mode enlarges it with the rest.
    QFont bold;
    bold.setBold(true);
    m_organisation->setFont(bold);

    auto *cards = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addLayout(filters);
    cardsLayout->addLayout(choices);
    cardsLayout->addWidget(m_tree, 1);
    cardsLayout->addWidget(m_summary);
    addWeekChanges(cards);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_organisation);
    layout->addWidget(m_cardsAndChanges, 1);
    updateSummary();
}

void ProgressBoardView::addWeekChanges(QWidget *cards)
{
    static const QString splitterKey = QStringLiteral("ProgressBoard/cardsAndChanges");
    m_changes = new WeekChangesView(this);
    m_cardsAndChanges = new QSplitter(Qt::Vertical, this);
    m_cardsAndChanges->setObjectName(QStringLiteral("boardCardsAndChanges"));
    m_cardsAndChanges->setChildrenCollapsible(false);
    m_cardsAndChanges->addWidget(cards);
    m_cardsAndChanges->addWidget(m_changes);
    // Until the user moves the handle: the cards a little more room than the changes, as weights of the height.
    if (!m_cardsAndChanges->restoreState(QSettings().value(splitterKey).toByteArray()))
        m_cardsAndChanges->setSizes({5000, 4000});
    connect(m_cardsAndChanges, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_cardsAndChanges->saveState()); });

    // An entry selects its key result or team among the cards (the window's details follow); a key result the
    // filters hide opens its objective in the plan instead.
    connect(m_changes, &WeekChangesView::keyResultActivated, this, [this](Id keyResultId, Id objectiveId) {
        if (!m_filterModel->mapFromSource(m_model->keyResultIndex(keyResultId)).isValid()) {
            emit objectiveActivated(objectiveId);
            return;
        }
        selectKeyResult(keyResultId);
        m_tree->setFocus();
    });
    connect(m_changes, &WeekChangesView::teamActivated, this, [this](Id teamId) {
        selectRow(m_model->teamIndex(teamId));
        m_tree->setFocus();
    });
}

void ProgressBoardView::sizeColumns()
{
    QHeaderView *header = m_tree->header();
    const int characterWidth = fontMetrics().averageCharWidth();
    // Five levels deep at 1366 beside the details: a narrow indentation leaves the title its words; the other
    // columns get what their words need (the longest elide to tooltips) and the title what is left, at least its
    // minimum (fitTitleColumn).
    m_tree->setIndentation(2 * characterWidth);
    ColumnWidths::fit(header, ProgressBoardModel::ProgressColumn, 18 * characterWidth);
    ColumnWidths::fit(header, ProgressBoardModel::HistoryColumn, 11 * characterWidth);
    // The team rows' bold words in the interface's language set the two status columns: German needs more room
    // than the English the character counts were chosen for. Four statuses at once still elide to the tooltip.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int teamStatusWidth = 0;
    for (const Confidence stated : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
        teamStatusWidth =
            std::max(teamStatusWidth, boldMetrics.horizontalAdvance(ProgressBoardModel::teamConfidenceText(stated)));
    int twoStatusesWidth = 0;
    for (const ProgressBoard::StatusCounts &counts :
         {ProgressBoard::StatusCounts{2, 1, 0, 0}, ProgressBoard::StatusCounts{2, 0, 1, 0},
          ProgressBoard::StatusCounts{0, 2, 1, 0}})
        twoStatusesWidth = std::max(twoStatusesWidth, boldMetrics.horizontalAdvance(StatusCountText::brief(counts)));
    ColumnWidths::fit(header, ProgressBoardModel::ConfidenceColumn,
                      std::max(27 * characterWidth, teamStatusWidth + 2 * characterWidth));
    ColumnWidths::fit(header, ProgressBoardModel::KeyResultsColumn,
                      std::max(26 * characterWidth, twoStatusesWidth + 2 * characterWidth));
    ColumnWidths::fit(header, ProgressBoardModel::CheckInColumn, 14 * characterWidth);
    ColumnWidths::fit(header, ProgressBoardModel::NotesColumn, 14 * characterWidth);
    ColumnWidths::fit(header, ProgressBoardModel::CoachColumn, 21 * characterWidth);
    fitTitleColumn();
}

void ProgressBoardView::fitTitleColumn()
{
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ProgressBoardModel::TitleColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    // A team's name and the start of a title stay readable: on a narrow board (German, beside the details) the
    // columns scroll sideways instead of cutting every title to a few letters.
    const int minimum =
        std::max(30 * fontMetrics().averageCharWidth(), header->sectionSizeHint(ProgressBoardModel::TitleColumn));
    header->resizeSection(ProgressBoardModel::TitleColumn, std::max(minimum, m_tree->viewport()->width() - others));
}

bool ProgressBoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_tree && watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void ProgressBoardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presentation mode's larger font: the columns grow with their words (controls built later are sized in it).
    if (event->type() == QEvent::FontChange && m_tree)
        sizeColumns();
}

void ProgressBoardView::setShownPlan(const ShownPlan *shownPlan)
{
    m_shownPlan = shownPlan;
    clear();
}

void ProgressBoardView::clear()
{
    m_cycleId = NoId;
    m_foldedTeams.clear();
    m_expandedObjectives.clear();
    // Controls not built yet have shown no plan: nothing to empty.
    if (m_tree)
        replacePlan({}, {}, {});
}

void ProgressBoardView::refresh()
{
    if (!m_shownPlan || m_shownPlan->cycleId() == NoId)
        return;
    ensureControls();
    try {
        const KeyResultHistories &histories = m_shownPlan->histories();
        const auto checkIns = [shownPlan = m_shownPlan](IsoWeek after, IsoWeek upTo) {
            return shownPlan->checkInsOfWeeks(after, upTo);
        };
        // Another cycle opens as a fresh board: every team open, every objective closed.
        if (m_shownPlan->cycleId() == m_cycleId) {
            showPlan(m_shownPlan->plan(), histories, checkIns);
        } else {
            m_cycleId = m_shownPlan->cycleId();
            m_foldedTeams.clear();
            m_expandedObjectives.clear();
            replacePlan(m_shownPlan->plan(), histories, checkIns);
        }
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Progress Board"), error.message());
    }
}

void ProgressBoardView::showPlan(const CyclePlan &plan, const KeyResultHistories &histories,
                                 const WeekChangesView::CheckInsOfWeeks &checkIns)
{
    ensureControls();
    rememberFolds();
    replacePlan(plan, histories, checkIns);
}

void ProgressBoardView::replacePlan(const CyclePlan &plan, const KeyResultHistories &histories,
                                    const WeekChangesView::CheckInsOfWeeks &checkIns)
{
    const QModelIndex current = m_filterModel->mapToSource(m_tree->currentIndex());
    const Id currentId = current.data(ItemRoles::ItemIdRole).value<Id>();
    const ProgressBoardModel::RowKind currentKind = m_model->rowKind(current);
    const int scrollPosition = m_tree->verticalScrollBar()->value();

    m_keyResultsWeekBefore =
        BoardSummary::keyResultsOn(plan, histories, m_referenceDate.addDays(-7), NoId, Preferences::paceThresholds());
    m_model->setPlan(plan, histories, m_referenceDate);
    m_changes->showChanges(plan, histories, checkIns, m_referenceDate);

    restoreViewState(m_model->indexOf(currentKind, currentId), scrollPosition);
}

void ProgressBoardView::setReferenceDate(QDate day)
{
    m_referenceDate = day;
}

void ProgressBoardView::setFilter(const ProgressBoard::Filter &filter)
{
    ensureControls();
    // One application for the whole set, not one per control.
    const QSignalBlocker blockAtRisk(m_atRisk);
    const QSignalBlocker blockOffTrack(m_offTrack);
    const QSignalBlocker blockStalled(m_stalled);
    const QSignalBlocker blockMissing(m_missingCheckIn);
    const QSignalBlocker blockCommitment(m_commitment);
    m_atRisk->setChecked(filter.atRisk);
    m_offTrack->setChecked(filter.offTrack);
    m_stalled->setChecked(filter.stalled);
    m_missingCheckIn->setChecked(filter.missingCheckIn);
    m_commitment->setCurrentIndex(m_commitment->findData(filter.commitment ? int(*filter.commitment) : AnyCommitment));
    applyFilter();
}

ProgressBoard::Filter ProgressBoardView::filter()
{
    ensureControls();
    ProgressBoard::Filter filter;
    filter.atRisk = m_atRisk->isChecked();
    filter.offTrack = m_offTrack->isChecked();
    filter.stalled = m_stalled->isChecked();
    filter.missingCheckIn = m_missingCheckIn->isChecked();
    const int commitment = m_commitment->currentData().toInt();
    if (commitment != AnyCommitment)
        filter.commitment = Commitment(commitment);
    return filter;
}

void ProgressBoardView::applyFilter()
{
    const QModelIndex current = m_filterModel->mapToSource(m_tree->currentIndex());
    rememberFolds();
    m_filterModel->setFilter(filter());
    restoreViewState(current, 0);
}

void ProgressBoardView::applyOrder()
{
    // The organisation's order nests the teams, the others list them flat: the rows are new, the ids stay.
    const QModelIndex current = m_filterModel->mapToSource(m_tree->currentIndex());
    const Id currentId = current.data(ItemRoles::ItemIdRole).value<Id>();
    const ProgressBoardModel::RowKind currentKind = m_model->rowKind(current);
    rememberFolds();
    m_filterModel->setTeamOrder(ProgressBoardFilterModel::TeamOrder(m_order->currentData().toInt()));
    restoreViewState(m_model->indexOf(currentKind, currentId), 0);
    m_tree->scrollTo(m_tree->currentIndex());
}

void ProgressBoardView::rememberFolds(const QModelIndex &parent)
{
    // Read from the view rather than followed through its signals: QTreeView does not signal a fold made while
    // its layout is pending. Rows the filter hides keep what was remembered for them.
    for (int row = 0, rows = m_filterModel->rowCount(parent); row < rows; ++row) {
        const QModelIndex shown = m_filterModel->index(row, ProgressBoardModel::TitleColumn, parent);
        const Id id = shown.data(ItemRoles::ItemIdRole).value<Id>();
        const bool expanded = m_tree->isExpanded(shown);
        switch (m_model->rowKind(m_filterModel->mapToSource(shown))) {
        case ProgressBoardModel::RowKind::Team:
            if (expanded)
                m_foldedTeams.remove(id);
            else
                m_foldedTeams.insert(id);
            rememberFolds(shown);
            break;
        case ProgressBoardModel::RowKind::Objective:
            if (expanded)
                m_expandedObjectives.insert(id);
            else
                m_expandedObjectives.remove(id);
            break;
        case ProgressBoardModel::RowKind::KeyResult:
            break;
        }
    }
}

void ProgressBoardView::restoreFolds(const QModelIndex &parent)
{
    for (int row = 0, rows = m_filterModel->rowCount(parent); row < rows; ++row) {
        const QModelIndex shown = m_filterModel->index(row, ProgressBoardModel::TitleColumn, parent);
        const Id id = shown.data(ItemRoles::ItemIdRole).value<Id>();
        switch (m_model->rowKind(m_filterModel->mapToSource(shown))) {
        case ProgressBoardModel::RowKind::Team:
            m_tree->setExpanded(shown, !m_foldedTeams.contains(id));
            restoreFolds(shown);
            break;
        case ProgressBoardModel::RowKind::Objective:
            // Key results are a step in: an objective opens when asked to.
            m_tree->setExpanded(shown, m_expandedObjectives.contains(id));
            break;
        case ProgressBoardModel::RowKind::KeyResult:
            break;
        }
    }
}

void ProgressBoardView::restoreViewState(const QModelIndex &current, int scrollPosition)
{
    restoreFolds();
    m_tree->verticalScrollBar()->setValue(scrollPosition);
    const QModelIndex proxyCurrent = m_filterModel->mapFromSource(current);
    if (proxyCurrent.isValid())
        m_tree->setCurrentIndex(proxyCurrent);
    updateSummary();
}

QString ProgressBoardView::organisationLine()
{
    ensureControls();
    // A print or an export shows the coach's review whole.
    m_model->waitForCoachReview();
    return m_organisation->text();
}

QStringList ProgressBoardView::choicesInWords()
{
    ensureControls();
    QStringList filters;
    for (const QCheckBox *box : {m_atRisk, m_offTrack, m_stalled, m_missingCheckIn}) {
        if (box->isChecked())
            filters.append(QString(box->text()).remove(QLatin1Char('&')));
    }
    QStringList words;
    if (!filters.isEmpty())
        words.append(tr("Only: %1").arg(filters.join(tr(", "))));
    words.append(m_commitment->currentText());
    words.append(tr("Teams sorted by %1").arg(m_order->currentText()));
    return words;
}

void ProgressBoardView::selectObjective(Id objectiveId)
{
    selectRow(m_model->objectiveIndex(objectiveId));
}

void ProgressBoardView::selectKeyResult(Id keyResultId)
{
    selectRow(m_model->keyResultIndex(keyResultId));
}

void ProgressBoardView::selectRow(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_filterModel->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    // scrollTo opens the rows above it: a key result's objective and teams.
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ProgressBoardView::updateOrganisationLine()
{
    if (m_model->teams().isEmpty()) {
        m_organisation->clear();
        return;
    }
    const BoardSummary &summary = m_model->summary();
    QStringList parts{
        tr("Overall progress %1 (expected %2, %3 since last week)")
            .arg(DomainText::percent(summary.progress), DomainText::percent(summary.expectedProgress),
                 ValueFormat().signedPercent(summary.progressChange)),
        tr("Key results: %1").arg(StatusCountText::withChange(summary.keyResults, m_keyResultsWeekBefore))};
    if (summary.dueWeek)
        parts.append(tr("Teams without a check-in for week %1: %2 of %3")
                         .arg(summary.dueWeek->toString())
                         .arg(summary.teamsMissingCheckIn.size())
                         .arg(summary.teams.size()));
    parts.append(tr("Stalled key results: %1").arg(summary.stalledKeyResults.size()));
    QString toolTip = tr("In brackets: the change since a week before");
    if (m_model->isCoachReviewed()) {
        const CycleReview::Tally &coach = m_model->coachTally();
        parts.append(
            tr("Coach: %1 of %n key result(s) flagged", nullptr, coach.keyResults).arg(coach.flaggedKeyResults));
        if (coach.unmeasuredObjectives > 0)
            parts.append(tr("no key results measure %n objective(s)", nullptr, coach.unmeasuredObjectives));
        if (coach.teamsOverGuidance > 0)
            parts.append(tr("%n team(s) over the objectives guidance", nullptr, coach.teamsOverGuidance));
        // The coach's counts in full, by flag.
        toolTip += QStringLiteral("\n\n") + CoachMessages::tallySentences(coach).join(u'\n');
    }
    m_organisation->setText(parts.join(tr("  ·  ")));
    m_organisation->setToolTip(toolTip);
}

void ProgressBoardView::updateSummary()
{
    updateOrganisationLine();
    if (m_model->teams().isEmpty()) {
        m_summary->setText(tr("No objectives in this cycle"));
        return;
    }
    const Cycle &cycle = m_model->cycle();
    const ProgressBoardFilterModel::ShownCounts shown = m_filterModel->shownCounts();
    m_summary->setText(tr("%1: %2 of %3 objectives in %4 of %5 teams; %6 of the cycle elapsed on %7")
                           .arg(cycle.name)
                           .arg(shown.objectives)
                           .arg(m_model->objectiveCount())
                           .arg(shown.teams)
                           .arg(m_model->teams().size())
                           .arg(DomainText::percent(m_model->expectedProgress()), ValueFormat().date(m_referenceDate)));
}

void ProgressBoardView::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filterModel->mapToSource(proxyIndex);
    if (const ProgressBoard::KeyResultCard *keyResult = m_model->keyResultAt(source))
        emit keyResultActivated(keyResult->keyResult.id);
    else if (const ProgressBoard::ObjectiveCard *objective = m_model->objectiveAt(source))
        emit objectiveActivated(objective->id);
}
