#include "text/StatusWords.h"

#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QCoreApplication>

namespace StatusWords {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("StatusWords", text);
}

// The pace without the word "pace": how far progress is from the schedule.
QString schedule(Confidence pace)
{
    switch (pace) {
    case Confidence::OnTrack:
        return translated(QT_TRANSLATE_NOOP("StatusWords", "on schedule"));
    case Confidence::AtRisk:
        return translated(QT_TRANSLATE_NOOP("StatusWords", "behind schedule"));
    case Confidence::OffTrack:
        return translated(QT_TRANSLATE_NOOP("StatusWords", "far behind schedule"));
    }
    return {};
}

} // namespace

std::optional<Confidence> shown(std::optional<Confidence> pace, std::optional<Confidence> stated)
{
    if (pace && stated)
        return Scoring::moreWorried(*pace, *stated);
    return pace ? pace : stated;
}

QString brief(std::optional<Confidence> pace, std::optional<Confidence> stated)
{
    const std::optional<Confidence> status = shown(pace, stated);
    if (!status)
        return translated(QT_TRANSLATE_NOOP("StatusWords", "no check-in yet"));
    const QString words = DomainText::confidence(*status);
    if (!pace || !stated || *pace == *stated)
        return words;
    return *stated == *status ? translated(QT_TRANSLATE_NOOP("StatusWords", "%1 (team says so)")).arg(words)
                              : translated(QT_TRANSLATE_NOOP("StatusWords", "%1 (behind schedule)")).arg(words);
}

QString paceSentence(double progress, double expected, QDate day, std::optional<Confidence> pace)
{
    if (!pace)
        return translated(QT_TRANSLATE_NOOP(
                              "StatusWords",
                              "%1 done. Added during the cycle and not checked in since: it is measured from the day "
                              "it was added, once its team checks in."))
            .arg(DomainText::percent(progress));
    return translated(QT_TRANSLATE_NOOP("StatusWords", "%1 done, %2 expected by %3: %4."))
        .arg(DomainText::percent(progress), DomainText::percent(expected), ValueFormat().date(day), schedule(*pace));
}

QString statedSentence(std::optional<Confidence> stated, QDate saidOn)
{
    if (!stated)
        return translated(QT_TRANSLATE_NOOP("StatusWords", "The team has not checked in on it yet."));
    return translated(QT_TRANSLATE_NOOP("StatusWords", "The team said %1 on %2."))
        .arg(DomainText::confidence(*stated), ValueFormat().date(saidOn));
}

QString legend()
{
    return translated(QT_TRANSLATE_NOOP(
        "StatusWords", "On track: progress keeps up with the schedule (the share of the cycle gone by) and the team "
                       "is confident. At risk, off track: progress is behind schedule, or the team said so in its "
                       "latest check-in; the words in brackets say which. The bar and the sign share the colour: "
                       "● on track, ▲ at risk, ■ off track. A key result added during the cycle is measured from the "
                       "day it was added, and reads \"no check-in yet\" until its first check-in."));
}

} // namespace StatusWords
