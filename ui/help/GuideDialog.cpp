#include "help/GuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Planning and Check-In Guide"));
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setOpenLinks(false);
    m_text->setHtml(tr(
        "<h3>The planning session</h3>"
        "<p>Two to four weeks before the quarter, each team meets for an hour or two. Start from the last "
        "quarter: <b>Cycle &gt; Review…</b> grades its objectives and keeps the lessons learned, and <b>Cycle "
        "&gt; Carry Over…</b> brings unfinished objectives into the next cycle (<b>Cycle &gt; New Cycle…</b> "
        "makes one).</p>"
        "<p>Then write the team's OKRs with <b>Edit &gt; New OKR…</b>: one to three objectives, each a "
        "qualitative direction, aligned to an objective of the company where there is one. Give each objective "
        "two to five key results that measure an outcome, a change that others' behaviour or the business "
        "produces, from a start value to a target. The coach reads every line as you type: a warning (⚠) "
        "names a problem to fix, such as a task instead of an outcome or a line with no number; a note (ℹ) is "
        "only a hint. When the room agrees, <b>Cycle &gt; Activate Cycle</b> starts the quarter.</p>"
        "<h3>The weekly check-in</h3>"
        "<p>Once a week, in fifteen to thirty minutes, the team opens <b>Edit &gt; Weekly Check-In…</b>. For each key "
        "result it enters the new value, how confident it is of reaching the target (on track, at risk, off "
        "track) and a short comment on why. Each person then names the week's plans, what progressed and what "
        "is in the way; unfinished plans carry over to the next week.</p>"
        "<p>The tree and <b>View &gt; Progress Board</b> then show each key result's pace beside the confidence "
        "the team stated: a key result behind its pace, stalled for three check-ins or not checked in is the "
        "first thing to talk about next week.</p>"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    // Lines of a readable length, well inside a 1366x768 screen; the text scrolls below that.
    resize(80 * fontMetrics().averageCharWidth(), 32 * fontMetrics().height());
}
