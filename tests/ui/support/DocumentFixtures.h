#pragma once

#include "model/Cycle.h"

#include <QList>
#include <QString>

// Documents for the window tests, written through Repository like the application does.
namespace DocumentFixtures {

// A new document at `path` with the given cycles; the active one (if any) holds PlanFixtures::acmeQuarter()'s
// objectives, every other cycle one objective named "<cycle name> objective".
void writeAcme(const QString &path, const QList<Cycle> &cycles);

// 2026 Q2 closed, 2026 Q3 active.
QList<Cycle> closedAndActiveQuarters();

} // namespace DocumentFixtures
