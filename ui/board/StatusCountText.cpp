#include "board/StatusCountText.h"

#include "text/ValueFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace StatusCountText {

QString brief(const ProgressBoard::StatusCounts &counts)
{
    return withChange(counts, counts); // no change: the counts alone
}

QString withChange(const ProgressBoard::StatusCounts &counts, const ProgressBoard::StatusCounts &before)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("StatusCountText", text); };
    QStringList parts;
    const auto add = [&](int count, int countBefore, const QString &words) {
        if (count == 0 && countBefore == 0)
            return;
        const int change = count - countBefore;
        const QString sign = change > 0 ? QLocale().positiveSign() : QString();
        parts.append(change == 0 ? words.arg(count)
                                 : tr("%1 (%2)").arg(words.arg(count), sign + ValueFormat().number(change)));
    };
    add(counts.onTrack, before.onTrack, tr("%1 on track"));
    add(counts.atRisk, before.atRisk, tr("%1 at risk"));
    add(counts.offTrack, before.offTrack, tr("%1 off track"));
    add(counts.awaitingCheckIn, before.awaitingCheckIn, tr("%1 no check-in yet"));
    return parts.isEmpty() ? tr("—") : parts.join(tr(", "));
}

std::optional<Confidence> mostWorried(const ProgressBoard::StatusCounts &counts)
{
    if (counts.offTrack > 0)
        return Confidence::OffTrack;
    if (counts.atRisk > 0)
        return Confidence::AtRisk;
    if (counts.onTrack > 0)
        return Confidence::OnTrack;
    return std::nullopt;
}

} // namespace StatusCountText
