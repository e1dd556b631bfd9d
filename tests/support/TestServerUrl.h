#pragma once

#include <QString>

// The tests' PostgreSQL server (tests/postgres/throwaway-cluster describes it in QUARTERDECK_TEST_POSTGRES, in libpq's
// form "host=SOCKET_FOLDER port=PORT dbname=DATABASE user=ROLE") as a URL, as a user gives one to Quarterdeck: its
// database unless `database` names another, working in `schema` when one is given. Empty when no server is described.
// Plain Qt: the benchmarks use it as well as the tests.
QString testServerUrl(const QString &schema = {}, const QString &database = {});
