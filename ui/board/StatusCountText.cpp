#include "board/StatusCountText.h"

#include <QCoreApplication>
#include <QStringList>

namespace StatusCountText {

QString brief(const ProgressBoard::StatusCounts &counts)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("StatusCountText", text); };
    QStringList parts;
    const auto add = [&parts](int count, const QString &words) {
        if (count > 0)
            parts.append(words.arg(count));
    };
    add(counts.onTrack, tr("%1 on track"));
    add(counts.atRisk, tr("%1 at risk"));
    add(counts.offTrack, tr("%1 off track"));
    add(counts.awaitingCheckIn, tr("%1 no check-in yet"));
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
