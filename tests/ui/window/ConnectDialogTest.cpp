#include "support/catch.h"

#include "document/DocumentSession.h"
#include "document/DocumentWatcher.h"
#include "sample/DemoCompany.h"
#include "storage/ServerAddress.h"
#include "storage/ServerConnection.h"
#include "storage/ServerCopy.h"
#include "support/CatchQt.h"
#include "support/PostgresTestConnection.h"
#include "ui/support/RecordedMessages.h"
#include "window/ConnectDialog.h"
#include "window/DocumentNoticeBar.h"
#include "window/MainWindow.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

template <typename Field> Field *field(const ConnectDialog &dialog, const char *name)
{
    auto *found = dialog.findChild<Field *>(QLatin1String(name));
    REQUIRE(found != nullptr);
    return found;
}

QPushButton *connectButton(const ConnectDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons != nullptr);
    return buttons->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The connect dialog gives the URL of what is typed, and keeps all but the password", "[ui][window][server]")
{
    QSettings().clear();
    {
        ConnectDialog dialog;
        CHECK_FALSE(connectButton(dialog)->isEnabled()); // no database yet
        QTest::keyClicks(field<QLineEdit>(dialog, "connectHost"), QStringLiteral("db.example.com"));
        field<QSpinBox>(dialog, "connectPort")->setValue(6543);
        QTest::keyClicks(field<QLineEdit>(dialog, "connectDatabase"), QStringLiteral("acme okrs"));
        QTest::keyClicks(field<QLineEdit>(dialog, "connectUser"), QStringLiteral("ana"));
        QTest::keyClicks(field<QLineEdit>(dialog, "connectPassword"), QStringLiteral("s3cr@t"));
        auto *sslMode = field<QComboBox>(dialog, "connectSslMode");
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
        CHECK(connectButton(dialog)->isEnabled());

        const QString url = dialog.url();
        CHECK(url == QStringLiteral("postgresql://ana:s3cr%40t@db.example.com:6543/acme%20okrs?sslmode=require"));
        CHECK(ServerAddress::parse(url).displayName() == QStringLiteral("acme okrs on db.example.com:6543"));
        dialog.remember();
    }
    ConnectDialog again;
    CHECK(field<QLineEdit>(again, "connectHost")->text() == QStringLiteral("db.example.com"));
    CHECK(field<QLineEdit>(again, "connectPassword")->text().isEmpty());
    CHECK(again.url() == QStringLiteral("postgresql://ana@db.example.com:6543/acme%20okrs?sslmode=require"));
    CHECK_FALSE(QSettings().allKeys().join(u' ').contains(QStringLiteral("s3cr")));

    SECTION("A service names everything else")
    {
        QTest::keyClicks(field<QLineEdit>(again, "connectService"), QStringLiteral("acme"));
        CHECK_FALSE(field<QLineEdit>(again, "connectHost")->isEnabled());
        CHECK(again.url() == QStringLiteral("postgresql:///?service=acme&sslmode=require"));
    }
    QSettings().clear();
}

TEST_CASE("File > Connect to Organisation Database opens the organisation in the window, named by its database",
          "[ui][window][server][postgres]")
{
    if (PostgresTestConnection::skipWithoutServer())
        return;
    QSettings().clear();
    RecentFiles::clear();
    const QString schema = QStringLiteral("test_window_connect");
    const PostgresTestConnection server(schema);
    const QString url = PostgresTestConnection::url(schema);
    {
        QTemporaryDir folder;
        const auto demo = DocumentSession::create(folder.filePath(QStringLiteral("demo.okr")));
        DemoCompany::write(demo->repository(), QDate::currentDate());
        ServerCopy::toServer(demo->document(), ServerConnection(ServerAddress::parse(url)));
    }
    const RecordedMessages messages;
    MainWindow window;
    REQUIRE(window.openDocument(url));

    CHECK(window.windowTitle().startsWith(ServerAddress::parse(url).displayName()));
    CHECK(window.windowFilePath().isEmpty());
    // A server database is copied with quarterdeck copy: Save As and Back Up write files.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionSaveAs"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionBackUp"))->isEnabled());
    CHECK(RecentFiles::paths().value(0) == url);
    CHECK(messages.messages().isEmpty());
    CHECK(window.findChild<QLabel *>(QStringLiteral("documentLocation"))->toolTip() ==
          QStringLiteral("Organisation database ") + ServerAddress::parse(url).displayName());

    // The server ends the window's connection: the bar says so and offers File > Reconnect to Server, which brings
    // the organisation back.
    auto *reconnect = window.findChild<QAction *>(QStringLiteral("actionReconnect"));
    auto *notice = window.findChild<DocumentNoticeBar *>();
    REQUIRE(reconnect != nullptr);
    REQUIRE(notice != nullptr);
    CHECK(reconnect->isVisible());
    CHECK_FALSE(reconnect->isEnabled());
    QSignalSpy lost(window.session(), &DocumentSession::connectionLost);
    QSqlQuery backend = window.session()->document().exec(QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(backend.next());
    server.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(backend.value(0).toLongLong()));
    REQUIRE(lost.wait(3 * DocumentWatcher::IntervalMs));
    CHECK(notice->isVisibleTo(&window));
    CHECK(notice->text().contains(QStringLiteral("Connection lost")));
    CHECK(reconnect->isEnabled());
    reconnect->trigger();
    CHECK(window.session()->isConnected());
    CHECK_FALSE(notice->isVisibleTo(&window));
    CHECK_FALSE(reconnect->isEnabled());
    CHECK(messages.messages().isEmpty()); // the bar said it: no box for views that could not read meanwhile
    RecentFiles::clear();
    QSettings().clear();
}
