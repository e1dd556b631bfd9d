#pragma once

#include <QDate>
#include <QString>

class Repository;

// What a new document starts with, so that the first objective can be written at once: the company as the
// root team, and the quarter around `today` as the active cycle.
namespace StarterPlan {

// Writes the starter plan into an empty document in one transaction.
void write(Repository &repository, const QString &companyName, QDate today);

} // namespace StarterPlan
