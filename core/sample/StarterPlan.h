#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class Repository;

// What a new document starts with, so that the first objective can be written at once: the company as the
// root team (with the first teams below it, when given), and the quarter around `today` as the active cycle.
namespace StarterPlan {

// Writes the starter plan into an empty document in one transaction. The first teams follow TeamService's rules (a
// blank name is skipped); a refused one throws TeamError and writes nothing.
void write(Repository &repository, const QString &companyName, QDate today, const QStringList &teamNames = {});

} // namespace StarterPlan
