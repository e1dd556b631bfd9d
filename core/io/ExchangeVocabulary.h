#pragma once

#include "model/CheckIn.h"
#include "model/Commitment.h"
#include "model/Confidence.h"
#include "model/Cycle.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"
#include "model/Kpi.h"

#include <QDate>
#include <QString>

#include <optional>

// The words CSV and JSON files use for the domain's enumerations ("in progress", "keep above", ...). Reading
// ignores case, spaces, underscores and hyphens, so "InProgress", "in_progress" and "In progress" all match.
namespace ExchangeVocabulary {

// Lower case without spaces, underscores or hyphens: how headers and words are compared.
QString normalised(const QString &word);

// Defined for Commitment, CycleState, MeasureUnit, KeyResultKind, InitiativeStatus, Confidence, PlanItemKind and
// PreferredTrend.
template <typename Enum> QString name(Enum value);
template <typename Enum> std::optional<Enum> parse(const QString &word);
// The words accepted, for error messages: "committed, aspirational".
template <typename Enum> QString choices();

// A number as files write it: '.' for decimals, the shortest text that reads back to the same double.
QString number(double value);
// Reads '.' decimals; a decimal comma only where it cannot be a thousands separator ("2,5" but not "1,000"
// or "1,234.5"). Nothing for anything else.
std::optional<double> parseNumber(const QString &text);
// A day as files write it (2026-07-01, ISO 8601); invalid for anything else.
QDate parseDate(const QString &text);

} // namespace ExchangeVocabulary
