#include "widgets/CoachVerdictLabel.h"

#include "widgets/CoachSigns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>

CoachVerdictLabel::CoachVerdictLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    clear();
}

namespace {

// A good verdict with notes only is a note: the sign says there is nothing that must change.
CoachVerdictLabel::Tone toneOf(bool goodVerdict, const QList<CoachFlag> &flags)
{
    if (!goodVerdict || hasWarning(flags))
        return CoachVerdictLabel::Tone::Warning;
    return flags.isEmpty() ? CoachVerdictLabel::Tone::Good : CoachVerdictLabel::Tone::Note;
}

} // namespace

void CoachVerdictLabel::showKeyResultReview(const KeyResultReview &review)
{
    show(toneOf(review.verdict == KeyResultVerdict::Outcome, review.flags), headline(review.verdict), review.flags);
}

void CoachVerdictLabel::showObjectiveReview(const ObjectiveReview &review)
{
    show(toneOf(review.verdict == ObjectiveVerdict::Good, review.flags), headline(review.verdict), review.flags);
}

void CoachVerdictLabel::clear()
{
    m_tone = Tone::None;
    m_icon->clear();
    m_text->clear();
    setAccessibleDescription(QString());
}

QString CoachVerdictLabel::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

QString CoachVerdictLabel::headline(KeyResultVerdict verdict)
{
    switch (verdict) {
    case KeyResultVerdict::Outcome:
        return tr("Outcome: a measurable result of others' behaviour or the business.");
    case KeyResultVerdict::Output:
        return tr("Output: an activity or deliverable, not a result. It fits as an initiative.");
    case KeyResultVerdict::Vague:
        return tr("Vague: nothing here can be measured.");
    }
    return {};
}

QString CoachVerdictLabel::headline(ObjectiveVerdict verdict)
{
    switch (verdict) {
    case ObjectiveVerdict::Good:
        return tr("A good objective: a qualitative direction.");
    case ObjectiveVerdict::Task:
        return tr("A task: a project to do, not a direction.");
    case ObjectiveVerdict::Metric:
        return tr("A metric: numbers belong in the key results.");
    }
    return {};
}

QString CoachVerdictLabel::flagItems(const QList<CoachFlag> &flags)
{
    QString items;
    for (const CoachFlag &flag : flags) {
        items += QStringLiteral("<li>%1 %2").arg(CoachSigns::sign(flag.severity), flag.message.toHtmlEscaped());
        if (!flag.suggestion.isEmpty())
            items += QStringLiteral("<br><i>%1</i>").arg(tr("Try: %1").arg(flag.suggestion).toHtmlEscaped());
        items += QStringLiteral("</li>");
    }
    return items;
}

void CoachVerdictLabel::show(Tone tone, const QString &headline, const QList<CoachFlag> &flags)
{
    m_tone = tone;
    const QIcon icon = tone == Tone::Good ? style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this)
                                          : CoachSigns::icon(tone == Tone::Warning, this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!flags.isEmpty())
        html += QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">%1</ul>").arg(flagItems(flags));
    m_text->setText(html);
    // Screen readers announce the verdict with the field it belongs to.
    setAccessibleDescription(text());
}
