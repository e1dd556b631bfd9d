#include "support/catch.h"

#include "tree/DetailsPanel.h"
#include "ui/support/AcmeWindow.h"

#include <QScrollArea>
#include <QSignalSpy>

namespace {

// The panel and the scroll area the details dock holds it in.
struct DetailsWidth {
    explicit DetailsWidth(const AcmeWindow &acme)
        : panel(acme.window.findChild<DetailsPanel *>(QStringLiteral("detailsPanel")))
    {
        REQUIRE(panel);
        // A scroll area's widget sits in its viewport.
        scroller = qobject_cast<QScrollArea *>(panel->parentWidget()->parentWidget());
        REQUIRE(scroller);
    }

    // Whether the scroll area leaves the panel the width its shown page needs beside a vertical scroll bar.
    bool fitsShownPage() const { return scroller->minimumWidth() > panel->minimumSizeHint().width(); }

    DetailsPanel *panel = nullptr;
    QScrollArea *scroller = nullptr;
};

const QStringList everyKindOfRow{QStringLiteral("Close more deals"), QStringLiteral("Close 10 mid-market deals"),
                                 QStringLiteral("Add failover"), QStringLiteral("Engineering")};

} // namespace

TEST_CASE("The details keep their width while their pages are built on first use", "[ui][tree][details]")
{
    AcmeWindow acme;
    const DetailsWidth details(acme);
    const QSignalSpy widened(details.panel, &DetailsPanel::minimumWidthChanged);
    const int width = details.scroller->minimumWidth();

    for (const QString &title : everyKindOfRow) {
        acme.select(title);
        INFO(title.toStdString());
        CHECK(details.scroller->minimumWidth() == width);
        CHECK(details.fitsShownPage());
    }
    CHECK(widened.isEmpty());
}

TEST_CASE("The details widen once when a page built later needs more than the width kept for it", "[ui][tree][details]")
{
    AcmeWindow acme;
    const DetailsWidth details(acme);
    // Spaced letters make every label wider than the average character the kept width is counted in, as a language
    // with longer words does.
    QFont spaced = details.panel->font();
    spaced.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    details.panel->setFont(spaced);
    const QSignalSpy widened(details.panel, &DetailsPanel::minimumWidthChanged);
    const int width = details.scroller->minimumWidth();

    for (const QString &title : everyKindOfRow) {
        acme.select(title);
        INFO(title.toStdString());
        CHECK(details.fitsShownPage());
    }
    CHECK(details.scroller->minimumWidth() > width);
    CHECK_FALSE(widened.isEmpty());
}
