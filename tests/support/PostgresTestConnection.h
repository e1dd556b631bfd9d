#pragma once

#include "storage/ServerConnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

// A connection to the tests' PostgreSQL server: the one tests/postgres/throwaway-cluster starts around `make test`'s
// ctest, described in QUARTERDECK_TEST_POSTGRES in libpq's form ("host=SOCKET_FOLDER port=PORT dbname=DATABASE
// user=ROLE"). Each test opens its own, in a schema of its own, so that ctest can run them in parallel.
class PostgresTestConnection {
public:
    // True, after a warning that ctest reports as a skip (tests/CMakeLists.txt), when no server is described (ctest run
    // by hand): the test returns then. A server described but unusable is no reason to skip: opening a connection fails
    // the test.
    static bool skipWithoutServer();
    // The same server as a PostgreSQL URL, as a user gives it to Quarterdeck: its database unless `database` names
    // another, working in `schema` when one is given.
    static QString url(const QString &schema = {}, const QString &database = {});

    // Opens a connection (ServerConnection: its session in UTC). With a schema, drops and creates it and works in it
    // (search_path) until the destructor drops it. Fails the test when the server refuses.
    explicit PostgresTestConnection(const QString &schema = {});
    ~PostgresTestConnection();
    PostgresTestConnection(const PostgresTestConnection &) = delete;
    PostgresTestConnection &operator=(const PostgresTestConnection &) = delete;

    QSqlDatabase database() const;
    // Runs a statement the test builds on (set-up, reading back); fails the test with the server's message if it fails.
    QSqlQuery exec(const QString &statement) const;

private:
    std::unique_ptr<ServerConnection> m_connection;
    QString m_schema;
};
