#pragma once

#include "storage/CheckInRepository.h"
#include "storage/CycleRepository.h"
#include "storage/KpiRepository.h"
#include "storage/PlanQueries.h"
#include "storage/PlanRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/TeamRepository.h"

class Document;

// The repositories of one Document, one per aggregate, handed around together: shared by the window and the
// command line. A const Repository gives read access only. Every write is one transaction (joining the caller's
// when inside Document::transaction), bound parameters only; writes of something that does not exist throw
// DocumentError. All SQL text lives in core/storage (Tables and the repositories).
class Repository {
public:
    explicit Repository(Document &document);

    Document &document() const { return m_document; }

    TeamRepository &teams() { return m_teams; }
    const TeamRepository &teams() const { return m_teams; }
    CycleRepository &cycles() { return m_cycles; }
    const CycleRepository &cycles() const { return m_cycles; }
    PlanRepository &plan() { return m_plan; }
    const PlanRepository &plan() const { return m_plan; }
    CheckInRepository &checkIns() { return m_checkIns; }
    const CheckInRepository &checkIns() const { return m_checkIns; }
    KpiRepository &kpis() { return m_kpis; }
    const KpiRepository &kpis() const { return m_kpis; }
    ReviewRepository &reviews() { return m_reviews; }
    const ReviewRepository &reviews() const { return m_reviews; }
    const PlanQueries &queries() const { return m_queries; }

private:
    Document &m_document;
    TeamRepository m_teams;
    CycleRepository m_cycles;
    PlanRepository m_plan;
    CheckInRepository m_checkIns;
    KpiRepository m_kpis;
    ReviewRepository m_reviews;
    PlanQueries m_queries;
};
