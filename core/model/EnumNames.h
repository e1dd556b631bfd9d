#pragma once

#include "model/CheckIn.h"
#include "model/Commitment.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"

#include <QList>
#include <QString>

#include <optional>

// The one stable text of each enumeration value ("keep-above", "in-progress", "on-track"): what the document
// stores (the migrations' CHECK constraints hold the same words), the command line prints and reads, and the
// exchange formats build their words from. Never translated: people read DomainText's labels instead.
namespace EnumNames {

// Defined for Commitment, CycleState, MeasureUnit, KeyResultKind, InitiativeStatus, Confidence, PlanItemKind and
// PreferredTrend.
template <typename Enum> QString name(Enum value);
// Ignores case; nothing for a text that names no value.
template <typename Enum> std::optional<Enum> parse(const QString &text);
// The same, of a name as a document stores it (UTF-8), compared as it is before it is decoded.
template <typename Enum> std::optional<Enum> parse(QUtf8StringView text);
// Every value, in declaration order.
template <typename Enum> QList<Enum> values();

} // namespace EnumNames
