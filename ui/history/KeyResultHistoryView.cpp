#include "history/KeyResultHistoryView.h"

#include "checkin/CheckInRules.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "history/CommentsView.h"
#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "widgets/TitleLabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { WeekColumn, ValueColumn, ProgressColumn, ConfidenceColumn, CommentColumn, ColumnCount };

std::optional<std::pair<KeyResult, Cycle>> keyResultAndCycle(const ShownPlan &shownPlan, Repository &repository,
                                                             Id keyResultId)
{
    // The window shows the history of the shown cycle's key results: no need to read that plan a second time.
    if (const KeyResult *shown = shownPlan.plan().keyResult(keyResultId))
        return std::pair{*shown, shownPlan.plan().cycle};
    const std::optional<Cycle> cycle = repository.cycles().ofKeyResult(keyResultId);
    if (!cycle)
        return std::nullopt;
    const CyclePlan plan = repository.queries().loadCyclePlan(cycle->id);
    return std::pair{*plan.keyResult(keyResultId), *cycle};
}

} // namespace

KeyResultHistoryView::KeyResultHistoryView(DocumentSession &session, const ShownPlan &shownPlan, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_shownPlan(shownPlan)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new TitleLabel(this);
    m_title->setObjectName(QStringLiteral("keyResultTitle"));
    layout->addWidget(m_title);
    m_stalled = new QLabel(this);
    m_stalled->setObjectName(QStringLiteral("stalled"));
    m_stalled->setStyleSheet(PaceColours::textStyle(Confidence::AtRisk, palette()));
    m_stalled->setWordWrap(true);
    layout->addWidget(m_stalled);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_timeline = new QTableWidget(0, ColumnCount, splitter);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Check-in history"));
    m_timeline->setHorizontalHeaderLabels({tr("Week"), tr("Value"), tr("Progress"), tr("Confidence"), tr("Comment")});
    m_timeline->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *commentsPart = new QWidget(splitter);
    auto *commentsLayout = new QVBoxLayout(commentsPart);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentsHeading = new QLabel(tr("<b>Comments</b>"), commentsPart);
    commentsLayout->addWidget(commentsHeading);
    m_comments = new CommentsView(session, commentsPart);
    commentsLayout->addWidget(m_comments, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(&shownPlan, &ShownPlan::changeFollowed, this, &KeyResultHistoryView::refresh);
}

void KeyResultHistoryView::setKeyResult(Id keyResultId)
{
    m_keyResultId = keyResultId;
    m_objectiveId = NoId;
    m_comments->setKeyResult(keyResultId);
    refresh();
}

void KeyResultHistoryView::setObjective(Id objectiveId, const QString &title)
{
    m_keyResultId = NoId;
    m_objectiveId = objectiveId;
    m_objectiveTitle = title;
    m_comments->setObjective(objectiveId);
    refresh();
}

void KeyResultHistoryView::refresh()
{
    m_timeline->setRowCount(0);
    m_stalled->clear();
    m_stalled->hide();
    m_timeline->setVisible(m_objectiveId == NoId);
    if (m_objectiveId != NoId) {
        m_title->setText(tr("Comments on %1").arg(m_objectiveTitle));
        return;
    }
    const auto found = keyResultAndCycle(m_shownPlan, m_session.repository(), m_keyResultId);
    if (!found) {
        m_title->setText(tr("Choose a key result to see its history."));
        return;
    }
    const auto &[keyResult, cycle] = *found;
    m_title->setText(tr("%1 (%2)").arg(keyResult.title, cycle.name));
    const QList<KeyResultTimelineEntry> timeline = m_session.repository().queries().keyResultTimeline(m_keyResultId);
    QList<double> values;
    for (const KeyResultTimelineEntry &entry : timeline)
        values.append(entry.value);
    if (Scoring::isStalled(values))
        m_stalled->setText(tr("Stalled: the value has not changed over the last 3 check-ins."));
    else if (timeline.isEmpty())
        m_stalled->setText(tr("No check-ins yet."));
    m_stalled->setVisible(!m_stalled->text().isEmpty());

    m_timeline->setRowCount(static_cast<int>(timeline.size()));
    for (qsizetype index = 0; index < timeline.size(); ++index) {
        const KeyResultTimelineEntry &entry = timeline.at(timeline.size() - 1 - index); // newest first
        const int row = static_cast<int>(index);
        m_timeline->setItem(row, WeekColumn, new QTableWidgetItem(entry.week.toString()));
        m_timeline->setItem(row, ValueColumn, new QTableWidgetItem(DomainText::measure(keyResult, entry.value)));
        m_timeline->setItem(row, ProgressColumn,
                            new QTableWidgetItem(DomainText::percent(Scoring::progressAt(keyResult, entry.value))));
        m_timeline->setItem(row, ConfidenceColumn,
                            new QTableWidgetItem(CheckInRules::confidenceLabel(entry.confidence)));
        m_timeline->setItem(row, CommentColumn, new QTableWidgetItem(entry.comment));
    }
    m_timeline->resizeColumnsToContents();
    m_timeline->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
}
