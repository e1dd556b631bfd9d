#include "support/catch.h"

#include "storage/DocumentError.h"
#include "storage/ServerAddress.h"
#include "support/CatchQt.h"

#include <QSqlDatabase>

namespace {

// The QPSQL connection settings an address gives (the driver is part of the package list).
struct Configured {
    explicit Configured(const QString &url)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        ServerAddress::parse(url).configure(database);
        host = database.hostName();
        port = database.port();
        databaseName = database.databaseName();
        user = database.userName();
        password = database.password();
        options = database.connectOptions().split(u';');
    }
    ~Configured() { QSqlDatabase::removeDatabase(name); }
    Configured(const Configured &) = delete;
    Configured &operator=(const Configured &) = delete;

    static inline int made = 0;
    const QString name = QStringLiteral("server-address-test-%1").arg(++made);
    QString host;
    int port = 0;
    QString databaseName;
    QString user;
    QString password;
    QStringList options;
};

// The message ServerAddress::parse throws; empty when it takes the URL.
QString parseError(const QString &url)
{
    try {
        ServerAddress::parse(url);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A PostgreSQL URL gives the connection every part it names, decoded", "[core][storage][server]")
{
    const Configured full(QStringLiteral("postgresql://ana%20lee:se%3Bcret%40@db.example.com:6543/acme%20okrs"
                                         "?sslmode=verify-full&application_name=Planning"));
    CHECK(full.host == QStringLiteral("db.example.com"));
    CHECK(full.port == 6543);
    CHECK(full.databaseName == QStringLiteral("acme okrs"));
    CHECK(full.user == QStringLiteral("ana lee"));
    CHECK(full.password == QStringLiteral("se;cret@"));
    // Quarterdeck's own settings first: the URL's come after them, and libpq keeps the last of a keyword.
    CHECK(full.options == QStringList{QStringLiteral("application_name=Quarterdeck"),
                                      QStringLiteral("connect_timeout=10"),
                                      QStringLiteral("keepalives_idle=15"),
                                      QStringLiteral("keepalives_interval=5"),
                                      QStringLiteral("keepalives_count=3"),
                                      QStringLiteral("tcp_user_timeout=30000"),
                                      QStringLiteral("sslmode='verify-full'"),
                                      QStringLiteral("application_name='Planning'")});
}

TEST_CASE("A PostgreSQL URL may name a socket folder, an IPv6 host or nothing at all", "[core][storage][server]")
{
    const Configured encodedFolder(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/okrs"));
    CHECK(encodedFolder.host == QStringLiteral("/var/run/postgresql"));
    CHECK(encodedFolder.databaseName == QStringLiteral("okrs"));
    CHECK(encodedFolder.port == -1);

    const Configured hostSetting(QStringLiteral("postgres:///okrs?host=/tmp/my%20sockets&port=5433"));
    CHECK(hostSetting.host == QStringLiteral("/tmp/my sockets"));
    CHECK(hostSetting.port == 5433);

    const Configured ipv6(QStringLiteral("postgresql://[::1]:5432/okrs"));
    CHECK(ipv6.host == QStringLiteral("::1"));
    CHECK(ipv6.port == 5432);

    // libpq's defaults decide the rest: PGHOST, PGUSER, PGDATABASE, ~/.pgpass.
    const Configured defaults(QStringLiteral("postgresql://"));
    CHECK(defaults.host.isEmpty());
    CHECK(defaults.databaseName.isEmpty());
    CHECK(defaults.user.isEmpty());
    CHECK(defaults.port == -1);
}

TEST_CASE("A PostgreSQL address is shown by database and host, never with its password", "[core][storage][server]")
{
    CHECK(ServerAddress::parse(QStringLiteral("postgresql://ana:secret@db.example.com/okrs")).displayName() ==
          QStringLiteral("okrs on db.example.com"));
    CHECK(ServerAddress::parse(QStringLiteral("postgresql://ana:secret@db.example.com:6543/okrs")).displayName() ==
          QStringLiteral("okrs on db.example.com:6543"));
    CHECK(ServerAddress::parse(QStringLiteral("postgresql:///okrs")).displayName() == QStringLiteral("okrs"));
}

TEST_CASE("Only postgresql:// and postgres:// are server addresses", "[core][storage][server]")
{
    CHECK(ServerAddress::isServerAddress(QStringLiteral("postgresql://db/okrs")));
    CHECK(ServerAddress::isServerAddress(QStringLiteral("PostgreSQL://db/okrs")));
    CHECK(ServerAddress::isServerAddress(QStringLiteral("postgres://")));
    CHECK_FALSE(ServerAddress::isServerAddress(QStringLiteral("plan.okr")));
    CHECK_FALSE(ServerAddress::isServerAddress(QStringLiteral("mysql://db/okrs")));
    CHECK_FALSE(ServerAddress::isServerAddress(QStringLiteral("/home/ana/postgresql://.okr")));
}

TEST_CASE("A broken PostgreSQL URL is refused saying what is wrong", "[core][storage][server]")
{
    const auto refusal = [](const char *url, const char *why) {
        const QString error = parseError(QString::fromUtf8(url));
        INFO(error.toStdString());
        CHECK(error.contains(QString::fromUtf8(why)));
    };
    refusal("mysql://db/okrs", "does not start with postgresql://");
    refusal("postgresql://db:99999/okrs", "the port \"99999\" is not a number from 1 to 65535");
    refusal("postgresql://db:abc/okrs", "the port \"abc\" is not a number");
    refusal("postgresql://db/okrs?port=0", "the port \"0\"");
    refusal("postgresql://db/okrs?sslmode", "\"sslmode\" is not a keyword=value setting");
    refusal("postgresql://db/okrs?ssl%20mode=require", "\"ssl mode\" is not a connection setting");
    refusal("postgresql://db/okrs?options=a%3Bb", "the value of options contains a \";\"");
}

TEST_CASE("A server address is remembered and shown without its password", "[core][storage][server]")
{
    CHECK(ServerAddress::withoutPassword(QStringLiteral("postgresql://alice:s3cr%40t@db:6543/acme?sslmode=require")) ==
          QStringLiteral("postgresql://alice@db:6543/acme?sslmode=require"));
    CHECK(ServerAddress::withoutPassword(QStringLiteral("postgresql://alice@db:6543/acme")) ==
          QStringLiteral("postgresql://alice@db:6543/acme"));
    CHECK(ServerAddress::withoutPassword(QStringLiteral("postgres://db/acme")) == QStringLiteral("postgres://db/acme"));
    CHECK(ServerAddress::shownLocation(QStringLiteral("postgresql://alice:pw@db/acme")) ==
          QStringLiteral("acme on db"));
    CHECK(ServerAddress::shownLocation(QStringLiteral("plan.okr")) == QStringLiteral("plan.okr"));
}

TEST_CASE("A password is put into a server address in place of the one it held", "[core][storage][server]")
{
    CHECK(ServerAddress::withPassword(QStringLiteral("postgresql://alice@db/acme"), QStringLiteral("p@ss:word")) ==
          QStringLiteral("postgresql://alice:p%40ss%3Aword@db/acme"));
    CHECK(ServerAddress::parse(ServerAddress::withPassword(QStringLiteral("postgresql://alice:old@db/acme"),
                                                           QStringLiteral("p@ss:word")))
              .password() == QStringLiteral("p@ss:word"));
    CHECK(ServerAddress::withPassword(QStringLiteral("postgresql://db/acme"), QStringLiteral("pw")) ==
          QStringLiteral("postgresql://:pw@db/acme"));
}
