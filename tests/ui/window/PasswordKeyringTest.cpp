#include "support/catch.h"

#include "support/CatchQt.h"
#include "window/PasswordKeyring.h"

// Run by tests/keyring/with-keyring (ctest: keyring_keeps_passwords), which gives it a keyring of its own; hidden
// from the plain run, where a developer's session would lend it theirs.
TEST_CASE("The desktop's keyring keeps an organisation database's password and gives it back for its URL",
          "[.keyring]")
{
    const QString url = QStringLiteral("postgresql://ana@db.example.com:6543/acme?sslmode=require");
    CHECK(PasswordKeyring::withRememberedPassword(url) == url); // nothing kept yet

    CHECK(PasswordKeyring::remember(QStringLiteral("postgresql://ana:s3cr%40t@db.example.com:6543/acme?sslmode=require"))
              .isEmpty());

    CHECK(PasswordKeyring::withRememberedPassword(url) ==
          QStringLiteral("postgresql://ana:s3cr%40t@db.example.com:6543/acme?sslmode=require"));
    // Another database's is its own.
    const QString other = QStringLiteral("postgresql://ana@db.example.com:6543/globex");
    CHECK(PasswordKeyring::withRememberedPassword(other) == other);
    // A password in the URL is the one used.
    const QString typed = QStringLiteral("postgresql://ana:typed@db.example.com:6543/acme?sslmode=require");
    CHECK(PasswordKeyring::withRememberedPassword(typed) == typed);
}

TEST_CASE("Without a keyring a password is not kept, and a database's URL opens as it is", "[ui][window][server]")
{
    // No session bus: no keyring to reach (and never the developer's own).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString url = QStringLiteral("postgresql://ana:s3cr%40t@db.example.com/acme");
    CHECK_FALSE(PasswordKeyring::remember(url).isEmpty());
    CHECK(PasswordKeyring::withRememberedPassword(QStringLiteral("postgresql://ana@db.example.com/acme")) ==
          QStringLiteral("postgresql://ana@db.example.com/acme"));
}
