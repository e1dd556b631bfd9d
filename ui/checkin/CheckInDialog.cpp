#include "checkin/CheckInDialog.h"

#include "checkin/CheckInRules.h"
#include "commands/SaveCheckInCommand.h"
#include "document/DocumentSession.h"
#include "palette/PaceColours.h"
#include "preferences/Preferences.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScreenFit.h"
#include "widgets/TextLimitDelegate.h"
#include "widgets/TextLimitHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString lastTeamKey = QStringLiteral("checkIn/lastTeam");

enum NoteColumn { PersonColumn, SectionColumn, TextColumn, KeyResultColumn, DoneColumn, NoteColumnCount };

} // namespace

CheckInDialog::CheckInDialog(DocumentSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_repository(session.repository())
    , m_service(session.repository())
{
    setWindowTitle(tr("Weekly Check-In"));
    setObjectName(QStringLiteral("checkInDialog"));
    auto *layout = new QVBoxLayout(this);
    buildHeader();

    auto *header = new QHBoxLayout;
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_weekEdit);
    QToolButton *previousWeek = createWeekButton(-1);
    QToolButton *nextWeek = createWeekButton(1);
    header->addWidget(teamLabel);
    header->addWidget(m_team, 1);
    header->addSpacing(16);
    header->addWidget(weekLabel);
    header->addWidget(previousWeek);
    header->addWidget(m_weekEdit);
    header->addWidget(nextWeek);
    header->addStretch(2);
    layout->addLayout(header);
    layout->addWidget(m_weekStatus);
    layout->addWidget(m_correction);

    // The team looks at key results first and notes second; either part can be given more room.
    auto *parts = new QSplitter(Qt::Vertical, this);
    parts->setChildrenCollapsible(false);
    parts->addWidget(buildKeyResults());
    parts->addWidget(buildNotes());
    parts->setSizes({380, 320}); // room for about five key results before the list scrolls
    // On a small screen or with a large font the form scrolls; Save and Cancel below it stay in sight.
    auto *scroller = new QScrollArea(this);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidget(parts);
    layout->addWidget(scroller, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(errorStyle());
    m_problems->setWordWrap(true);
    m_problems->hide();
    layout->addWidget(m_problems);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setToolTip(
        tr("Save the check-in (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    // Enter in a value field must not save half-typed numbers: saving is Ctrl+S or the button.
    saveButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (canSave())
            save();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    const QList<Team> teams = m_repository.teams().all();
    for (const Team &team : teams)
        m_team->addItem(team.name, team.id);
    const Id lastTeam = QSettings().value(lastTeamKey).toLongLong();
    Id firstTeam = m_team->findData(lastTeam) >= 0 ? lastTeam : NoId;
    const IsoWeek week = m_service.defaultWeek(Preferences::load().checkInWeekday);
    for (qsizetype row = 0; firstTeam == NoId && row < teams.size(); ++row) {
        if (!m_service.keyResultLines(teams.at(row).id, week).isEmpty())
            firstTeam = teams.at(row).id;
    }
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] { load(); });
    setTeamAndWeek(firstTeam, week);
    // Room for the key result rows and the notes side by side, as far as the screen allows.
    ScreenFit::fit(this, ScreenFit::inCharacters(this, 200, 58));
}

CheckInDialog::~CheckInDialog() = default;

void CheckInDialog::buildHeader()
{
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setAccessibleName(tr("Team"));
    m_weekEdit = new QLineEdit(this);
    m_weekEdit->setObjectName(QStringLiteral("week"));
    m_weekEdit->setAccessibleName(tr("ISO week"));
    m_weekEdit->setPlaceholderText(tr("2026-W47"));
    m_weekEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("2026-W47")) * 2);
    connect(m_weekEdit, &QLineEdit::editingFinished, this, &CheckInDialog::weekTyped);
    connect(m_weekEdit, &QLineEdit::textEdited, this,
            [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); });
    m_weekStatus = new QLabel(this);
    m_weekStatus->setObjectName(QStringLiteral("weekStatus"));
    m_weekStatus->setWordWrap(true);
    m_correction = new QCheckBox(tr("&Correct the closed cycle"), this);
    m_correction->setObjectName(QStringLiteral("correctClosedCycle"));
    m_correction->setToolTip(tr("New check-ins go to the active cycle; check this to change a closed one"));
    m_correction->hide();
    connect(m_correction, &QCheckBox::toggled, this, [this](bool correcting) {
        m_service.setCorrecting(correcting);
        load();
    });
}

QToolButton *CheckInDialog::createWeekButton(int step)
{
    const bool back = step < 0;
    auto *button = new QToolButton(this);
    button->setObjectName(back ? QStringLiteral("previousWeek") : QStringLiteral("nextWeek"));
    button->setArrowType(back ? Qt::LeftArrow : Qt::RightArrow);
    button->setToolTip(back ? tr("Previous week (Alt+Left)") : tr("Next week (Alt+Right)"));
    button->setAccessibleName(back ? tr("Previous week") : tr("Next week"));
    button->setShortcut(QKeySequence(Qt::ALT | (back ? Qt::Key_Left : Qt::Key_Right)));
    connect(button, &QToolButton::clicked, this, [this, step] { moveWeek(step); });
    return button;
}

QWidget *CheckInDialog::buildKeyResults()
{
    auto *group = new QGroupBox(tr("Key results"), this);
    auto *layout = new QVBoxLayout(group);
    m_keyResultsArea = new QScrollArea(group);
    m_keyResultsArea->setWidgetResizable(true);
    m_keyResultsArea->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_keyResultsArea);
    return group;
}

QWidget *CheckInDialog::buildNotes()
{
    auto *container = new QWidget(this);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *notesGroup = new QGroupBox(tr("Plans, progress and problems"), container);
    auto *notesLayout = new QVBoxLayout(notesGroup);
    m_carriedOver = new QLabel(notesGroup);
    m_carriedOver->setObjectName(QStringLiteral("carriedOver"));
    m_carriedOver->setWordWrap(true);
    notesLayout->addWidget(m_carriedOver);
    m_notes = new QTableWidget(0, NoteColumnCount, notesGroup);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Plans, progress and problems"));
    m_notes->setItemDelegate(new TextLimitDelegate(
        {{PersonColumn, TextField::PlanItemPerson}, {TextColumn, TextField::PlanItemText}}, m_notes));
    m_notes->setHorizontalHeaderLabels({tr("Person"), tr("Section"), tr("Text"), tr("Key result"), tr("Done")});
    m_notes->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_notes->horizontalHeader()->setSectionResizeMode(KeyResultColumn, QHeaderView::Interactive);
    m_notes->setColumnWidth(PersonColumn, 110);
    m_notes->setColumnWidth(SectionColumn, 100);
    m_notes->setColumnWidth(KeyResultColumn, 180);
    m_notes->verticalHeader()->hide();
    m_notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    connect(m_notes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != DoneColumn)
            return;
        auto *section = qobject_cast<QComboBox *>(m_notes->cellWidget(item->row(), SectionColumn));
        PlanItem planItem;
        planItem.kind = static_cast<PlanItemKind>(section->currentData().toInt());
        planItem = CheckInRules::markedDone(planItem, item->checkState() == Qt::Checked);
        section->setCurrentIndex(section->findData(static_cast<int>(planItem.kind)));
    });
    notesLayout->addWidget(m_notes);
    auto *noteButtons = new QHBoxLayout;
    auto *addNote = new QPushButton(tr("&Add item"), notesGroup);
    addNote->setObjectName(QStringLiteral("addNote"));
    addNote->setAutoDefault(false);
    connect(addNote, &QPushButton::clicked, this, [this] {
        PlanItem item;
        const int current = m_notes->currentRow();
        if (current >= 0 && m_notes->item(current, PersonColumn))
            item.person = m_notes->item(current, PersonColumn)->text();
        addNoteRow(item);
        m_notes->setCurrentCell(m_notes->rowCount() - 1, TextColumn);
        m_notes->setFocus();
    });
    auto *removeNote = new QPushButton(tr("&Remove item"), notesGroup);
    removeNote->setObjectName(QStringLiteral("removeNote"));
    removeNote->setAutoDefault(false);
    connect(removeNote, &QPushButton::clicked, this, &CheckInDialog::removeSelectedNoteRows);
    noteButtons->addWidget(addNote);
    noteButtons->addWidget(removeNote);
    noteButtons->addStretch();
    notesLayout->addLayout(noteButtons);
    layout->addWidget(notesGroup, 3);

    auto *reflection = new QGroupBox(tr("Looking back and ahead"), container);
    auto *form = new QFormLayout(reflection);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_lessons = new QPlainTextEdit(reflection);
    m_lessons->setObjectName(QStringLiteral("lessons"));
    m_lessons->setAccessibleName(tr("Lessons learned"));
    m_lessons->setTabChangesFocus(true);
    m_nextPriorities = new QPlainTextEdit(reflection);
    m_nextPriorities->setObjectName(QStringLiteral("nextPriorities"));
    m_nextPriorities->setAccessibleName(tr("Next week's priorities"));
    m_nextPriorities->setTabChangesFocus(true);
    form->addRow(tr("&Lessons learned:"), m_lessons);
    m_lessonsHint = new TextLimitHint(TextField::Lessons, m_lessons, reflection);
    form->addRow(m_lessonsHint);
    form->addRow(tr("&Next week's priorities:"), m_nextPriorities);
    m_nextPrioritiesHint = new TextLimitHint(TextField::NextPriorities, m_nextPriorities, reflection);
    form->addRow(m_nextPrioritiesHint);
    for (const TextLimitHint *hint : {m_lessonsHint, m_nextPrioritiesHint})
        connect(hint, &TextLimitHint::fitChanged, this, &CheckInDialog::updateSaveState);
    layout->addWidget(reflection, 2);
    return container;
}

void CheckInDialog::setTeamAndWeek(Id teamId, IsoWeek week)
{
    m_week = week;
    m_weekEdit->setText(week.toString());
    const int index = m_team->findData(teamId);
    if (index >= 0 && index != m_team->currentIndex())
        m_team->setCurrentIndex(index); // reloads
    else
        load();
}

Id CheckInDialog::teamId() const
{
    return m_team->currentData().toLongLong();
}

void CheckInDialog::load()
{
    m_weekCheck = m_service.checkWeek(m_week);
    m_correction->setVisible(m_weekCheck.isCorrection());
    // Read before the content: a write in between then shows as a conflict on Save, never goes unnoticed.
    m_readRevision = m_weekCheck.allowed() ? m_repository.checkIns().revision(teamId(), m_week) : NotStored;
    const std::optional<CheckIn> saved =
        m_weekCheck.allowed() ? m_repository.checkIns().find(teamId(), m_week) : std::optional<CheckIn>();
    QStringList status;
    if (!m_weekCheck.allowed()) {
        status.append(m_weekCheck.refusal);
        m_weekStatus->setStyleSheet(errorStyle());
    } else {
        status.append(
            m_weekCheck.cycle->name + QStringLiteral(" · ") +
            tr("%1 to %2").arg(ValueFormat().dayAndMonth(m_week.monday()), ValueFormat().date(m_week.sunday())));
        status.append(saved ? tr("Editing the check-in saved for this week.") : tr("New check-in."));
        if (!m_weekCheck.notice.isEmpty())
            status.append(m_weekCheck.notice);
        m_weekStatus->setStyleSheet(m_weekCheck.isCorrection() ? PaceColours::textStyle(Confidence::AtRisk, palette())
                                                               : QString());
    }
    m_weekStatus->setText(status.join(QStringLiteral(" · ")));
    loadKeyResults();
    loadNotes(saved);
    m_problems->hide();
    updateSaveState();
}

void CheckInDialog::loadKeyResults()
{
    m_rows.clear();
    const QList<CheckInService::KeyResultLine> lines = m_service.keyResultLines(teamId(), m_week);
    auto *panel = new QWidget;
    auto *grid = new QGridLayout(panel);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(6, 3);
    const QStringList headings{tr("Key result"),        tr("Last value"), tr("New value"), QString(),
                               tr("Progress and pace"), tr("Confidence"), tr("Comment")};
    for (qsizetype column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(headings.at(column).toHtmlEscaped()), panel);
        grid->addWidget(heading, 0, static_cast<int>(column));
    }
    if (lines.isEmpty()) {
        const QString why = m_weekCheck.allowed()
                                ? tr("This team has no key results in %1.").arg(m_weekCheck.cycle->name)
                            : m_weekCheck.isCorrection()
                                ? tr("Tick “%1” or choose another week.").arg(m_correction->text().remove(u'&'))
                                : tr("Choose another week.");
        grid->addWidget(new QLabel(why, panel), 1, 0, 1, 7);
    }
    m_rows.reserve(static_cast<std::size_t>(lines.size()));
    int gridRow = 1;
    for (const CheckInService::KeyResultLine &line : lines) {
        KeyResultRow row;
        row.line = line;
        const KeyResult &keyResult = line.keyResult;

        auto *title = new QLabel(keyResult.title, panel);
        title->setWordWrap(true);
        title->setToolTip(tr("Objective: %1\nOwner: %2\nFrom %3 to %4")
                              .arg(line.objectiveTitle, keyResult.owner,
                                   DomainText::measure(keyResult, keyResult.start),
                                   DomainText::measure(keyResult, keyResult.target)));
        const QString last = line.previous ? tr("%1 (%2)").arg(DomainText::measure(keyResult, line.previous->value),
                                                               line.previous->week.toString())
                                           : tr("%1 (start)").arg(DomainText::measure(keyResult, keyResult.start));
        auto *lastValue = new QLabel(last, panel);
        lastValue->setObjectName(QStringLiteral("lastValue-%1").arg(keyResult.id));

        row.value = new QLineEdit(panel);
        row.value->setObjectName(QStringLiteral("newValue-%1").arg(keyResult.id));
        row.value->setAccessibleName(tr("New value of %1").arg(keyResult.title));
        const ValueFormat format;
        row.value->setPlaceholderText(format.editable(line.previous ? line.previous->value : keyResult.start));
        row.value->setMaximumWidth(110);
        if (line.saved)
            row.value->setText(format.editable(line.saved->value));
        auto *unit = new QLabel(keyResult.unitLabel, panel);
        unit->setBuddy(row.value);

        row.standing = new QLabel(panel);
        row.standing->setObjectName(QStringLiteral("standing-%1").arg(keyResult.id));
        row.standing->setWordWrap(true);

        row.confidence = new QComboBox(panel);
        row.confidence->setObjectName(QStringLiteral("confidence-%1").arg(keyResult.id));
        row.confidence->setAccessibleName(tr("Confidence in %1").arg(keyResult.title));
        for (const Confidence confidence : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
            row.confidence->addItem(CheckInRules::confidenceLabel(confidence), static_cast<int>(confidence));
        const Confidence stated = line.saved      ? line.saved->confidence
                                  : line.previous ? line.previous->confidence
                                                  : Confidence::OnTrack;
        row.confidence->setCurrentIndex(row.confidence->findData(static_cast<int>(stated)));

        row.comment = new QLineEdit(panel);
        row.comment->setObjectName(QStringLiteral("comment-%1").arg(keyResult.id));
        row.comment->setAccessibleName(tr("Comment on %1").arg(keyResult.title));
        row.comment->setPlaceholderText(tr("What moved it, what blocks it"));
        TextLimitHint::limit(row.comment, TextField::UpdateComment);
        if (line.saved) {
            row.comment->setText(line.saved->comment);
            row.comment->setCursorPosition(0); // show how a long comment begins
        }

        grid->addWidget(title, gridRow, 0);
        grid->addWidget(lastValue, gridRow, 1);
        grid->addWidget(row.value, gridRow, 2);
        grid->addWidget(unit, gridRow, 3);
        grid->addWidget(row.standing, gridRow, 4);
        grid->addWidget(row.confidence, gridRow, 5);
        grid->addWidget(row.comment, gridRow, 6);
        ++gridRow;
        m_rows.push_back(row);
    }
    grid->setRowStretch(gridRow, 1);
    for (std::size_t index = 0; index < m_rows.size(); ++index) {
        connect(m_rows[index].value, &QLineEdit::textChanged, this, [this, index] {
            updateStanding(m_rows[index]);
            updateSaveState();
        });
        updateStanding(m_rows[index]);
    }
    m_keyResultsArea->setWidget(panel); // deletes the previous panel and its widgets
    for (const KeyResultRow &row : m_rows)
        row.comment->setMinimumWidth(220);
}

void CheckInDialog::updateStanding(KeyResultRow &row)
{
    const QString text = row.value->text().trimmed();
    const KeyResult &keyResult = row.line.keyResult;
    if (text.isEmpty()) {
        row.standing->setText(tr("No update this week"));
        row.standing->setStyleSheet(QString());
        row.value->setStyleSheet(QString());
        return;
    }
    const ValueParser::Reading reading = ValueParser().read(text, keyResult.unitLabel);
    if (!reading.value) {
        row.standing->setText(reading.problem);
        row.standing->setStyleSheet(errorStyle());
        row.value->setStyleSheet(QStringLiteral("border: 1px solid %1;")
                                     .arg(PaceColours::forStatus(Confidence::OffTrack, palette()).name()));
        return;
    }
    row.value->setStyleSheet(QString());
    const CheckInRules::Standing standing =
        CheckInRules::standingAt(keyResult, *m_weekCheck.cycle, m_week, *reading.value, Preferences::paceThresholds());
    row.standing->setText(tr("%1 · pace %2 (expected %3)")
                              .arg(DomainText::percent(standing.progress), DomainText::confidence(standing.pace),
                                   DomainText::percent(standing.expectedProgress)));
    row.standing->setStyleSheet(PaceColours::textStyle(standing.pace, palette()));
}

void CheckInDialog::loadNotes(const std::optional<CheckIn> &saved)
{
    m_notes->setRowCount(0);
    QList<PlanItem> items;
    if (saved) {
        items = saved->items;
        m_carriedOver->hide();
    } else if (m_weekCheck.allowed()) {
        const CheckInService::CarriedPlans carried = m_service.offeredPlans(teamId(), m_week);
        items = carried.plans;
        m_carriedOver->setText(carried.plans.isEmpty()
                                   ? tr("No unfinished plans from earlier weeks.")
                                   : tr("%n unfinished plan(s) carried over from %1: tick Done for those finished, "
                                        "remove those dropped.",
                                        nullptr, static_cast<int>(carried.plans.size()))
                                         .arg(carried.from.toString()));
        m_carriedOver->show();
    } else {
        m_carriedOver->hide();
    }
    for (const PlanItem &item : std::as_const(items))
        addNoteRow(item);
    m_lessons->setPlainText(saved ? saved->lessons : QString());
    m_nextPriorities->setPlainText(saved ? saved->nextPriorities : QString());
    const bool enabled = m_weekCheck.allowed();
    m_notes->setEnabled(enabled);
    m_lessons->setEnabled(enabled);
    m_nextPriorities->setEnabled(enabled);
}

void CheckInDialog::addNoteRow(const PlanItem &item)
{
    const QSignalBlocker blocker(m_notes); // the done item is set up, not ticked by the user
    const int row = m_notes->rowCount();
    m_notes->insertRow(row);
    m_notes->setItem(row, PersonColumn, new QTableWidgetItem(item.person));
    m_notes->setItem(row, TextColumn, new QTableWidgetItem(item.text));

    auto *section = new QComboBox(m_notes);
    section->setAccessibleName(tr("Section"));
    section->addItem(tr("Plans"), static_cast<int>(PlanItemKind::Plan));
    section->addItem(tr("Progress"), static_cast<int>(PlanItemKind::Progress));
    section->addItem(tr("Problems"), static_cast<int>(PlanItemKind::Problem));
    section->setCurrentIndex(section->findData(static_cast<int>(item.kind)));
    m_notes->setCellWidget(row, SectionColumn, section);

    auto *keyResult = new QComboBox(m_notes);
    keyResult->setAccessibleName(tr("Linked key result"));
    keyResult->addItem(tr("(none)"), NoId);
    for (const KeyResultRow &line : m_rows)
        keyResult->addItem(line.line.keyResult.title, line.line.keyResult.id);
    keyResult->setCurrentIndex(qMax(0, keyResult->findData(item.keyResultId)));
    m_notes->setCellWidget(row, KeyResultColumn, keyResult);

    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    done->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    m_notes->setItem(row, DoneColumn, done);
}

void CheckInDialog::removeSelectedNoteRows()
{
    const QModelIndexList rows = m_notes->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers.append(index.row());
    if (numbers.isEmpty() && m_notes->currentRow() >= 0)
        numbers.append(m_notes->currentRow());
    std::sort(numbers.rbegin(), numbers.rend());
    for (const int row : std::as_const(numbers))
        m_notes->removeRow(row);
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn result;
    result.teamId = teamId();
    result.week = m_week;
    for (const KeyResultRow &row : m_rows) {
        const std::optional<double> value = ValueParser().value(row.value->text(), row.line.keyResult.unitLabel);
        if (!value)
            continue;
        result.updates.append({row.line.keyResult.id, *value,
                               static_cast<Confidence>(row.confidence->currentData().toInt()), row.comment->text()});
    }
    for (int row = 0; row < m_notes->rowCount(); ++row) {
        PlanItem item;
        item.person = m_notes->item(row, PersonColumn) ? m_notes->item(row, PersonColumn)->text() : QString();
        item.text = m_notes->item(row, TextColumn) ? m_notes->item(row, TextColumn)->text() : QString();
        item.kind = static_cast<PlanItemKind>(
            qobject_cast<QComboBox *>(m_notes->cellWidget(row, SectionColumn))->currentData().toInt());
        item.keyResultId =
            qobject_cast<QComboBox *>(m_notes->cellWidget(row, KeyResultColumn))->currentData().toLongLong();
        item.done = m_notes->item(row, DoneColumn)->checkState() == Qt::Checked;
        result.items.append(item);
    }
    result.lessons = m_lessons->toPlainText();
    result.nextPriorities = m_nextPriorities->toPlainText();
    return result;
}

bool CheckInDialog::canSave() const
{
    if (!m_weekCheck.allowed() || m_rows.empty() || m_weekEdit->text().trimmed() != m_week.toString() ||
        !m_lessonsHint->fits() || !m_nextPrioritiesHint->fits())
        return false;
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const KeyResultRow &row) {
        return row.value->text().trimmed().isEmpty() ||
               ValueParser().value(row.value->text(), row.line.keyResult.unitLabel).has_value();
    });
}

void CheckInDialog::updateSaveState()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

void CheckInDialog::weekTyped()
{
    const std::optional<IsoWeek> typed = IsoWeek::parse(m_weekEdit->text());
    if (!typed) {
        m_weekStatus->setText(
            tr("'%1' is not a week: type one such as %2.").arg(m_weekEdit->text(), m_service.currentWeek().toString()));
        m_weekStatus->setStyleSheet(errorStyle());
        updateSaveState();
        return;
    }
    if (*typed == m_week && m_weekEdit->text() == typed->toString()) {
        updateSaveState();
        return;
    }
    setTeamAndWeek(teamId(), *typed);
}

void CheckInDialog::moveWeek(int weeks)
{
    IsoWeek week = m_week;
    for (int step = 0; step < qAbs(weeks); ++step)
        week = weeks < 0 ? week.previous() : week.next();
    setTeamAndWeek(teamId(), week);
}

void CheckInDialog::save()
{
    const CheckIn toSave = checkIn();
    QStringList problems;
    try {
        problems = canSave() ? m_service.problems(toSave) : QStringList{tr("Fix the values marked in red first.")};
    } catch (const DocumentError &error) { // the week's rules read the document: a lost connection, a file gone
        m_session.reportReadFailure(error.message());
        problems = {tr("The check-in was not saved."), error.message()};
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(u'\n'));
        m_problems->show();
        return;
    }
    // Not saved (a refused week, a failed write): stay open with everything typed, to retry.
    const EditOutcome outcome =
        m_session.push(new SaveCheckInCommand(m_session, toSave, m_team->currentText(), m_readRevision),
                       DocumentSession::OnConflict::ReturnToCaller);
    if (outcome.kind == EditOutcome::Kind::Conflict) {
        resolveConflict(outcome.message);
        return;
    }
    if (!outcome.isDone()) {
        m_problems->setText(tr("The check-in was not saved.") + u'\n' + outcome.message);
        m_problems->show();
        return;
    }
    QSettings().setValue(lastTeamKey, teamId());
    emit checkInSaved(toSave.teamId, toSave.week);
    accept();
}

void CheckInDialog::resolveConflict(const QString &message)
{
    enum Choice { KeepTheirs, OverwriteWithMine };
    const int choice = MessageBoxes::choose(
        this, tr("Check-in Changed Elsewhere"),
        tr("%1\n\nNothing was saved. Keep their values (the form shows them) or overwrite them with yours?")
            .arg(message),
        {tr("Keep Their Values and Reload"), tr("Overwrite with Mine")});
    if (choice == KeepTheirs) {
        load();
        m_problems->setText(tr("The form now shows the check-in as saved elsewhere."));
        m_problems->show();
    } else if (choice == OverwriteWithMine) {
        m_readRevision = m_repository.checkIns().revision(teamId(), m_week);
        save();
    } else {
        m_problems->setText(tr("The check-in was not saved.") + u'\n' + message);
        m_problems->show();
    }
}

QString CheckInDialog::errorStyle() const
{
    return PaceColours::textStyle(Confidence::OffTrack, palette());
}
