#include "support/catch.h"

#include "palette/PaceColours.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/PlanFixtures.h"
#include "widgets/ProgressBarDelegate.h"

#include <QImage>
#include <QTreeView>

namespace {

bool containsColour(const QImage &image, const QRect &area, const QColor &colour)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.pixelColor(x, y) == colour)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Progress bars are drawn in the colour of the status shown beside them", "[ui][delegate]")
{
    AlignmentTreeModel model;
    model.setPlan(PlanFixtures::acmeQuarter());
    model.setReferenceDate(QDate(2026, 9, 1)); // about 68 % expected
    QTreeView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(AlignmentTreeModel::ProgressColumn, new ProgressBarDelegate(&view));
    view.resize(900, 400);
    view.expandAll();

    const QImage image = view.viewport()->grab().toImage();
    const auto cellOf = [&view](const QModelIndex &index) { return view.visualRect(index); };
    const QPalette palette = view.palette();

    const QRect offTrack = cellOf(model.objectiveIndex(40, AlignmentTreeModel::ProgressColumn)); // 0 %
    const QRect atRisk = cellOf(model.keyResultIndex(200, AlignmentTreeModel::ProgressColumn));  // 50 %
    const QRect onTrack = cellOf(model.objectiveIndex(10, AlignmentTreeModel::ProgressColumn));  // 75 %
    // Uptime is met (on schedule), but its team said at risk: the bar takes the status beside it, at risk.
    const QRect saidAtRisk = cellOf(model.keyResultIndex(300, AlignmentTreeModel::ProgressColumn)); // 100 %
    CHECK(containsColour(image, offTrack, PaceColours::forStatus(Confidence::OffTrack, palette)));
    CHECK(containsColour(image, atRisk, PaceColours::forStatus(Confidence::AtRisk, palette)));
    CHECK(containsColour(image, onTrack, PaceColours::forStatus(Confidence::OnTrack, palette)));
    CHECK_FALSE(containsColour(image, onTrack, PaceColours::forStatus(Confidence::OffTrack, palette)));
    CHECK(containsColour(image, saidAtRisk, PaceColours::forStatus(Confidence::AtRisk, palette)));
    CHECK_FALSE(containsColour(image, saidAtRisk, PaceColours::forStatus(Confidence::OnTrack, palette)));
}

TEST_CASE("Progress colours are lightened on a dark palette", "[ui][delegate]")
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);

    CHECK(PaceColours::forStatus(Confidence::OffTrack, dark).lightness() >
          PaceColours::forStatus(Confidence::OffTrack, light).lightness());
}
