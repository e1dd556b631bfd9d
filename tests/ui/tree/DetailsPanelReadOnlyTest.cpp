#include "support/catch.h"

#include "support/DamagedFiles.h"
#include "ui/support/AcmeWindow.h"
#include "ui/support/DocumentFixtures.h"
#include "ui/support/RecordedMessages.h"
#include "widgets/TitleEdit.h"

#include <QTreeView>

TEST_CASE("The details panel of a read-only document shows its fields disabled, saying why", "[ui][tree][readonly]")
{
    AcmeWindow acme;
    const auto *title = acme.window.findChild<TitleEdit *>(QStringLiteral("objectiveTitle"));
    REQUIRE(title);
    acme.select(QStringLiteral("Close more deals"));
    REQUIRE(title->isEnabled());
    CHECK(title->parentWidget()->toolTip().isEmpty());

    // The same plan in a damaged copy, which the window opens read-only.
    const QString damaged = acme.directory.filePath(QStringLiteral("damaged.okr"));
    DocumentFixtures::writeAcme(damaged, DocumentFixtures::closedAndActiveQuarters());
    DamagedFiles::zeroApplicationId(damaged);
    const RecordedMessages recorded;
    REQUIRE(acme.window.openDocument(damaged));
    acme.select(QStringLiteral("Close more deals"));

    CHECK(title->text() == QStringLiteral("Close more deals"));
    CHECK_FALSE(title->isEnabled());
    CHECK(title->parentWidget()->toolTip().contains(QStringLiteral("read-only")));
    CHECK(title->parentWidget()->toolTip().contains(QStringLiteral("damaged")));
    const QModelIndex row = acme.find(QStringLiteral("Close more deals"));
    CHECK_FALSE(row.flags().testFlag(Qt::ItemIsEditable)); // no inline editing in the tree either
}
