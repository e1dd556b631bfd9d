#pragma once

#include "model/CyclePlan.h"

// Hand-made cycle plans for the UI tests, so the model can be checked without storage.
namespace PlanFixtures {

// 2026 Q3 (Jul 1 - Sep 30, active) of Acme:
//   10 "Win the mid-market" (Acme, no key results of its own)
//      20 "Close more deals" (Sales): 200 deals 0 -> 10 at 5 (0.5), 201 churn 14 -> 10 % at 12 (0.5)
//      30 "Ship reliably" (Engineering): 300 uptime keep above 95 % at 97 (1.0)
//                                          -> initiatives 3000 "Add failover", 3001 "Chaos drills"
//   11 "Be loved by our customers" (Acme): nothing measures it
//   40 "Pay down build debt" (Engineering, not aligned): 400 build minutes 20 -> 10, no check-in (0)
CyclePlan acmeQuarter();

// `teams` teams, each with 3 objectives aligned round-robin to 5 company objectives,
// 4 key results per objective and 2 initiatives per key result.
CyclePlan largeOrganisation(int teams);

} // namespace PlanFixtures
