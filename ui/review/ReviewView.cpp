#include "review/ReviewView.h"

#include "commands/GradeObjectivesCommand.h"
#include "commands/SaveTeamReviewCommand.h"
#include "document/DocumentSession.h"
#include "review/ReviewGradeModel.h"
#include "scoring/ProgressRollUp.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "widgets/GradeDelegate.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TextLimitDelegate.h"
#include "widgets/TextLimitHint.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

// An answer box a few lines high, with the seed's questions as the prompt.
QPlainTextEdit *answerEditor(const QString &accessibleName, const QString &prompt, QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setAccessibleName(accessibleName);
    editor->setPlaceholderText(prompt);
    editor->setTabChangesFocus(true);
    editor->setMinimumHeight(editor->fontMetrics().lineSpacing() * 3 + 12);
    return editor;
}

void loadAnswer(QPlainTextEdit *editor, const QString &text)
{
    // Text still being typed is never thrown away by a reload.
    if (editor->document()->isModified())
        return;
    editor->setPlainText(text);
    editor->document()->setModified(false);
}

} // namespace

ReviewView::ReviewView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_grades(new ReviewGradeModel(this))
{
    setObjectName(QStringLiteral("reviewView"));
    setAccessibleName(tr("Quarterly review"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    m_teamSelector = new QComboBox(this);
    m_teamSelector->setObjectName(QStringLiteral("reviewTeamSelector"));
    m_teamSelector->setAccessibleName(tr("Team"));
    m_teamSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    teamLabel->setBuddy(m_teamSelector);
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(teamLabel);
    teamRow->addWidget(m_teamSelector);
    teamRow->addStretch();

    m_gradeTable = new QTableView(this);
    m_gradeTable->setObjectName(QStringLiteral("reviewGrades"));
    m_gradeTable->setAccessibleName(tr("Objective grades"));
    m_gradeTable->setModel(m_grades);
    m_gradeTable->setItemDelegateForColumn(ReviewGradeModel::GradeColumn, new GradeDelegate(m_gradeTable));
    m_gradeTable->setItemDelegateForColumn(
        ReviewGradeModel::NoteColumn,
        new TextLimitDelegate({{ReviewGradeModel::NoteColumn, TextField::GradeNote}}, m_gradeTable));
    m_gradeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gradeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gradeTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_gradeTable->setAlternatingRowColors(true);
    m_gradeTable->setWordWrap(false); // long titles elide; the tooltip has them whole
    // Room for a team's usual 1-3 objectives (and the guidance's 5) before the answers take the rest.
    m_gradeTable->setMinimumHeight(m_gradeTable->verticalHeader()->defaultSectionSize() * 6 +
                                   m_gradeTable->horizontalHeader()->sizeHint().height());
    m_gradeTable->verticalHeader()->hide();
    QHeaderView *header = m_gradeTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewGradeModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReviewGradeModel::NoteColumn, QHeaderView::Stretch);

    m_useProposedButton = new QPushButton(tr("Use &Proposed Grades"), this);
    m_useProposedButton->setObjectName(QStringLiteral("useProposedGrades"));
    m_useProposedButton->setToolTip(
        tr("Grade every objective not graded yet with the grade proposed from its progress"));
    auto *gradeButtons = new QHBoxLayout;
    gradeButtons->addWidget(new QLabel(tr("Double-click a grade or a reason to change it."), this), 1);
    gradeButtons->addWidget(m_useProposedButton);

    auto *questions = new QGroupBox(tr("Review questions"), this);
    auto *form = new QFormLayout(questions);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_performance = answerEditor(
        tr("How did the team perform?"),
        tr("How much progress did the team make? Were these the right objectives? Is the team satisfied?"), questions);
    m_worked = answerEditor(tr("What worked?"),
                            tr("Which actions brought the best results? Was the success intentional? What can "
                               "others reuse?"),
                            questions);
    m_failed =
        answerEditor(tr("What failed, and why?"),
                     tr("What did we try that did not work, and why? What were the major challenges?"), questions);
    m_startStopContinue =
        answerEditor(tr("What to start, stop and continue?"), tr("Start: … Stop: … Continue: …"), questions);
    m_lessons = answerEditor(tr("Lessons learned"),
                             tr("3-6 main takeaways for the next cycle's planning, including about the OKR process."),
                             questions);
    const std::pair<QString, QPlainTextEdit *> rows[] = {{tr("How did the team &perform?"), m_performance},
                                                         {tr("What &worked?"), m_worked},
                                                         {tr("What &failed, and why?"), m_failed},
                                                         {tr("&Start, stop, continue?"), m_startStopContinue},
                                                         {tr("&Lessons learned:"), m_lessons}};
    for (const auto &[label, editor] : rows) {
        form->addRow(label, editor);
        auto *hint = new TextLimitHint(TextField::ReviewAnswer, editor, questions);
        form->addRow(hint);
        m_answerHints.append(hint);
        connect(editor->document(), &QTextDocument::modificationChanged, this, &ReviewView::updateButtons);
        connect(hint, &TextLimitHint::fitChanged, this, &ReviewView::updateButtons);
    }

    m_saveAnswersButton = new QPushButton(tr("Save &Answers"), this);
    m_saveAnswersButton->setObjectName(QStringLiteral("saveReviewAnswers"));
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addStretch();
    answerButtons->addWidget(m_saveAnswersButton);

    // The grades and the questions scroll together on a small screen; the team and Save Answers stay in sight.
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_gradeTable, 1);
    bodyLayout->addLayout(gradeButtons);
    bodyLayout->addWidget(questions, 2);
    auto *scroller = new QScrollArea(this);
    scroller->setObjectName(QStringLiteral("reviewScroller"));
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidget(body);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(teamRow);
    layout->addWidget(scroller, 1);
    layout->addLayout(answerButtons);

    connect(m_teamSelector, &QComboBox::currentIndexChanged, this, &ReviewView::switchTeam);
    connect(m_grades, &ReviewGradeModel::gradeChangeRequested, this,
            [this](const ObjectiveGrade &before, const ObjectiveGrade &after) {
                m_session.push(new GradeObjectivesCommand(m_session, m_cycleId, {before}, {after}, tr("Change Grade")));
            });
    connect(m_useProposedButton, &QPushButton::clicked, this, &ReviewView::useProposedGrades);
    connect(m_saveAnswersButton, &QPushButton::clicked, this, &ReviewView::saveAnswers);
    connect(&m_session, &DocumentSession::changed, this, &ReviewView::followChange);
    updateButtons();
}

Id ReviewView::teamId() const
{
    return m_teamSelector->currentData().value<Id>();
}

void ReviewView::followChange(const DocumentChange &change)
{
    if (m_cycleId == NoId || (change.cycleId != NoId && change.cycleId != m_cycleId))
        return;
    if (!m_session.repository().cycles().byId(m_cycleId)) {
        // Nothing left to review, nor to save answers into.
        for (QPlainTextEdit *editor : answerEditors())
            editor->document()->setModified(false);
        close();
        return;
    }
    reload();
}

void ReviewView::showCycle(Id cycleId, Id teamId)
{
    m_cycleId = cycleId;
    try {
        m_plan = m_session.repository().queries().loadCyclePlan(cycleId);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Review"), error.message());
        return;
    }
    fillTeams(teamId);
    showTeam();
}

void ReviewView::fillTeams(Id teamId)
{
    const QSignalBlocker blocker(m_teamSelector);
    m_teamSelector->clear();
    for (const Team &team : m_plan.teams) {
        if (!m_plan.objectivesOfTeam(team.id).isEmpty())
            m_teamSelector->addItem(team.name, team.id);
    }
    const int wanted = m_teamSelector->findData(teamId);
    m_teamSelector->setCurrentIndex(wanted >= 0 ? wanted : 0);
}

void ReviewView::switchTeam()
{
    if (!settleTypedAnswers(tr("The review answers typed for %1 are not saved. Save them before showing %2?")
                                .arg(shownTeamName(), m_teamSelector->currentText()))) {
        // Stay with the team whose answers are being typed.
        const QSignalBlocker blocker(m_teamSelector);
        m_teamSelector->setCurrentIndex(m_teamSelector->findData(m_shownTeamId));
        return;
    }
    showTeam();
}

void ReviewView::closeEvent(QCloseEvent *event)
{
    if (settleTypedAnswers(tr("The review answers typed for %1 are not saved. Save them before closing the review?")
                               .arg(shownTeamName())))
        event->accept();
    else
        event->ignore();
}

QString ReviewView::shownTeamName() const
{
    return m_teamSelector->itemText(m_teamSelector->findData(m_shownTeamId));
}

bool ReviewView::settleTypedAnswers(const QString &question)
{
    if (!answersModified())
        return true;
    const int choice = MessageBoxes::choose(this, tr("Unsaved Answers"), question, {tr("Save"), tr("Discard")});
    if (choice < 0)
        return false;
    // A save that was not done (refused, or another writer's answers shown instead) keeps the user here.
    return choice == 1 || saveAnswersOf(m_shownTeamId, shownTeamName());
}

void ReviewView::showTeam()
{
    // The editors now hold the shown team's saved answers: anything typed for another team was settled before.
    for (QPlainTextEdit *editor : answerEditors())
        editor->document()->setModified(false);
    m_shownTeamId = teamId();
    reload();
}

void ReviewView::reload()
{
    if (m_cycleId == NoId)
        return;
    try {
        m_plan = m_session.repository().queries().loadCyclePlan(m_cycleId);
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Review"), error.message());
        return;
    }
    const Cycle &cycle = m_plan.cycle;
    const Id team = teamId();
    const ProgressRollUp rollUp(m_plan);
    QString heading =
        tr("<b>%1 review</b> · %2 · %3")
            .arg(cycle.name.toHtmlEscaped(), DomainText::cycleDates(cycle), DomainText::cycleState(cycle.state));
    if (team != NoId)
        heading += tr(" · %1 progress %2")
                       .arg(m_teamSelector->currentText().toHtmlEscaped(), DomainText::percent(rollUp.team(team)));
    if (cycle.state == CycleState::Closed)
        heading += tr("<br>This cycle is closed: changes are saved as corrections.");
    m_heading->setText(heading);

    m_grades->setPlan(m_plan, team);
    // Saving refuses answers written elsewhere since the ones shown were read; typed ones were read earlier.
    if (!answersModified())
        m_answersReadAt = m_session.latestChange();
    const TeamReview saved = m_session.repository().reviews().find(m_cycleId, team).value_or(TeamReview{});
    loadAnswer(m_performance, saved.performance);
    loadAnswer(m_worked, saved.worked);
    loadAnswer(m_failed, saved.failed);
    loadAnswer(m_startStopContinue, saved.startStopContinue);
    loadAnswer(m_lessons, saved.lessons);
    updateButtons();
}

void ReviewView::useProposedGrades()
{
    QList<ObjectiveGrade> before;
    QList<ObjectiveGrade> after;
    for (const ReviewGradeModel::Row &row : m_grades->rows()) {
        if (row.objective.grade)
            continue;
        before.append({row.objective.id, row.objective.grade, row.objective.gradeNote});
        after.append({row.objective.id, row.proposedGrade, row.objective.gradeNote});
    }
    if (!after.isEmpty())
        m_session.push(new GradeObjectivesCommand(m_session, m_cycleId, before, after, tr("Use Proposed Grades")));
}

TeamReview ReviewView::answers(Id teamId) const
{
    return {m_cycleId,
            teamId,
            m_performance->toPlainText().trimmed(),
            m_worked->toPlainText().trimmed(),
            m_failed->toPlainText().trimmed(),
            m_startStopContinue->toPlainText().trimmed(),
            m_lessons->toPlainText().trimmed()};
}

void ReviewView::saveAnswers()
{
    saveAnswersOf(teamId(), m_teamSelector->currentText());
}

bool ReviewView::saveAnswersOf(Id teamId, const QString &teamName)
{
    if (m_cycleId == NoId || teamId == NoId)
        return true;
    const std::optional<TeamReview> before = m_session.repository().reviews().find(m_cycleId, teamId);
    const TeamReview after = answers(teamId);
    for (QPlainTextEdit *editor : answerEditors())
        editor->document()->setModified(false);
    auto *command = new SaveTeamReviewCommand(m_session, before, after, tr("Save Review of %1").arg(teamName));
    command->expectUnchangedSince(m_answersReadAt);
    return m_session.push(command).isDone();
}

QList<QPlainTextEdit *> ReviewView::answerEditors() const
{
    return {m_performance, m_worked, m_failed, m_startStopContinue, m_lessons};
}

bool ReviewView::answersModified() const
{
    const QList<QPlainTextEdit *> editors = answerEditors();
    return std::any_of(editors.cbegin(), editors.cend(),
                       [](const QPlainTextEdit *editor) { return editor->document()->isModified(); });
}

void ReviewView::updateButtons()
{
    const bool hasTeam = teamId() != NoId;
    const bool answersFit = std::all_of(m_answerHints.cbegin(), m_answerHints.cend(),
                                        [](const TextLimitHint *hint) { return hint->fits(); });
    m_saveAnswersButton->setEnabled(hasTeam && answersModified() && answersFit);
    const auto &rows = m_grades->rows();
    m_useProposedButton->setEnabled(
        std::any_of(rows.cbegin(), rows.cend(), [](const ReviewGradeModel::Row &row) { return !row.objective.grade; }));
    for (QPlainTextEdit *editor : answerEditors())
        editor->setEnabled(hasTeam);
}
