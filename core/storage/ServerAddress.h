#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

// Where an organisation database lives, as a PostgreSQL connection URL names it wherever Quarterdeck takes a file:
// postgresql://[user[:password]@][host][:port][/database][?keyword=value&...] (or postgres://), read as libpq reads
// one: every part optional, percent-encoded, a socket folder as the host ("%2Fvar%2Frun%2Fpostgresql" or
// ?host=/var/run/postgresql), any libpq keyword in the query (sslmode, service, connect_timeout...). What the URL
// leaves out libpq takes from its defaults: PGHOST, PGUSER, PGSERVICE, ~/.pgpass.
class ServerAddress {
public:
    // True for text that is meant as a server address (its scheme), valid or not.
    static bool isServerAddress(const QString &text);
    // A document's location for people: a file's path as given, a server database's displayName().
    static QString shownLocation(const QString &location);
    // What a form gives (empty parts and a port of 0 left out) as a URL that parse() reads back: libpq's keywords
    // (sslmode, service...) go in its query.
    struct Parts {
        QString host;
        int port = 0;
        QString database;
        QString user;
        QString password;
        QList<QPair<QString, QString>> options;
    };
    static QString url(const Parts &parts);
    // The URL without the password it may hold (user:password@), for what is remembered or shown.
    static QString withoutPassword(const QString &url);
    // The URL with `password` in place of the one it may hold.
    static QString withPassword(const QString &url, const QString &password);
    // The address `url` names. Throws DocumentError saying what is wrong with it.
    static ServerAddress parse(const QString &url);

    // "DATABASE on HOST" for titles and messages: never the password.
    QString displayName() const;
    QString password() const { return m_password; }
    // Sets up a QPSQL connection to it, naming Quarterdeck to the server and bounding how long connecting may take.
    void configure(QSqlDatabase &database) const;

private:
    ServerAddress() = default;

    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options; // libpq keywords other than the five above
};
