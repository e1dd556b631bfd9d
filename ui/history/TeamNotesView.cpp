#include "history/TeamNotesView.h"

#include "checkin/CheckInService.h"
#include "document/DocumentSession.h"
#include "palette/PaceColours.h"
#include "preferences/Preferences.h"
#include "storage/Repository.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"
#include "widgets/TitleLabel.h"

#include <QHash>
#include <QLabel>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

TeamNotesView::TeamNotesView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new TitleLabel(this);
    layout->addWidget(m_title);
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("alerts"));
    m_alerts->setStyleSheet(PaceColours::textStyle(Confidence::AtRisk, palette()));
    m_alerts->setWordWrap(true);
    layout->addWidget(m_alerts);
    m_notes = new QTextBrowser(this);
    m_notes->setObjectName(QStringLiteral("teamNotes"));
    m_notes->setAccessibleName(tr("Weekly notes"));
    layout->addWidget(m_notes, 1);
    connect(&session, &DocumentSession::changed, this, &TeamNotesView::refreshWhenSeen);
}

void TeamNotesView::setTeam(Id teamId)
{
    if (teamId == m_teamId && !m_stale)
        return;
    m_teamId = teamId;
    refreshWhenSeen();
}

void TeamNotesView::refreshWhenSeen()
{
    m_stale = true;
    if (isSeen())
        refresh();
}

void TeamNotesView::setSeen(bool seen)
{
    m_seen = seen;
    if (m_stale && isSeen())
        refresh();
}

void TeamNotesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && isSeen())
        refresh();
}

void TeamNotesView::refresh()
{
    m_stale = false;
    QString teamName;
    for (const Team &team : m_session.repository().teams().all()) {
        if (team.id == m_teamId)
            teamName = team.name;
    }
    m_title->setText(teamName.isEmpty() ? tr("Choose a team to see its weekly notes.")
                                        : tr("%1: weekly check-ins").arg(teamName));
    m_notes->clear();
    m_alerts->clear();
    if (teamName.isEmpty())
        return;

    const CheckInService service(m_session.repository());
    const QList<CheckIn> checkIns = m_session.repository().checkIns().ofTeam(m_teamId);
    QSet<QString> checkedWeeks;
    for (const CheckIn &checkIn : checkIns)
        checkedWeeks.insert(checkIn.week.toString());

    // What a manager should notice, for the cycle of the week a check-in is due.
    QStringList alerts;
    const IsoWeek dueWeek = service.defaultWeek(Preferences::load().checkInWeekday);
    const CheckInService::WeekCheck due = service.checkWeek(dueWeek);
    QHash<Id, KeyResult> keyResults;
    if (due.allowed()) {
        const QList<CheckInService::KeyResultLine> lines = service.keyResultLines(m_teamId, dueWeek);
        for (const CheckInService::KeyResultLine &line : lines)
            keyResults.insert(line.keyResult.id, line.keyResult);
        QStringList missing;
        for (const IsoWeek week : due.cycle->checkInWeeks()) {
            if (week < service.currentWeek() && !checkedWeeks.contains(week.toString()))
                missing.append(week.toString());
        }
        if (!lines.isEmpty() && !missing.isEmpty())
            alerts.append(tr("No check-in for %1.").arg(missing.join(QStringLiteral(", "))));
        QStringList stalled;
        for (const CheckInService::StalledKeyResult &item : service.stalledKeyResults(due.cycle->id, m_teamId))
            stalled.append(tr("%1 (unchanged since %2)").arg(item.keyResult.title, item.since.toString()));
        if (!stalled.isEmpty())
            alerts.append(tr("Stalled: %1.").arg(stalled.join(QStringLiteral("; "))));
    }
    m_alerts->setText(alerts.join(u'\n'));
    m_alerts->setVisible(!alerts.isEmpty());

    if (checkIns.isEmpty()) {
        m_notes->setPlainText(tr("%1 has not checked in yet.").arg(teamName));
        return;
    }
    QString html;
    for (auto checkIn = checkIns.crbegin(); checkIn != checkIns.crend(); ++checkIn) {
        html += QStringLiteral("<h3>%1</h3>").arg(checkIn->week.toString());
        if (!checkIn->updates.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const KeyResultUpdate &update : checkIn->updates) {
                const auto keyResult = keyResults.constFind(update.keyResultId);
                const QString title =
                    keyResult != keyResults.cend() ? keyResult->title : tr("Key result %1").arg(update.keyResultId);
                const QString value = keyResult != keyResults.cend() ? DomainText::measure(*keyResult, update.value)
                                                                     : ValueFormat().number(update.value);
                QString line =
                    tr("%1: %2, %3").arg(escaped(title), escaped(value), DomainText::confidence(update.confidence));
                if (!update.comment.isEmpty())
                    line += QStringLiteral(" – <i>%1</i>").arg(escaped(update.comment));
                html += QStringLiteral("<li>%1</li>").arg(line);
            }
            html += QStringLiteral("</ul>");
        }
        QStringList people;
        for (const PlanItem &item : checkIn->items) {
            if (!people.contains(item.person))
                people.append(item.person);
        }
        const std::array<std::pair<PlanItemKind, QString>, 3> sections{{{PlanItemKind::Plan, tr("Plans")},
                                                                        {PlanItemKind::Progress, tr("Progress")},
                                                                        {PlanItemKind::Problem, tr("Problems")}}};
        for (const QString &person : std::as_const(people)) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(person.isEmpty() ? tr("Team") : escaped(person));
            for (const auto &[kind, heading] : sections) {
                QStringList texts;
                for (const PlanItem &item : checkIn->items) {
                    if (item.person == person && item.kind == kind)
                        texts.append(escaped(item.text));
                }
                if (!texts.isEmpty())
                    html += QStringLiteral("<p>%1:</p><ul><li>%2</li></ul>")
                                .arg(heading, texts.join(QStringLiteral("</li><li>")));
            }
        }
        if (!checkIn->lessons.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Lessons learned:"), escaped(checkIn->lessons));
        if (!checkIn->nextPriorities.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Next week's priorities:"), escaped(checkIn->nextPriorities));
    }
    m_notes->setHtml(html);
}

QString TeamNotesView::alertsText() const
{
    return m_alerts->text();
}

QString TeamNotesView::notesText() const
{
    return m_notes->toPlainText();
}
