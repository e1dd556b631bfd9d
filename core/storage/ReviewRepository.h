#pragma once

#include "model/TeamReview.h"
#include "storage/Revision.h"

#include <optional>

class Document;

// The end-of-cycle review's answers: one per cycle and team. Each write is one transaction (joining the caller's).
// Objectives' grades are PlanRepository::gradeObjective.
class ReviewRepository {
public:
    explicit ReviewRepository(Document &document);

    void save(const TeamReview &review); // saving again replaces it
    std::optional<TeamReview> find(Id cycleId, Id teamId) const;
    void remove(Id cycleId, Id teamId);             // nothing happens when there is none
    Revision revision(Id cycleId, Id teamId) const; // NotStored when there is none

private:
    Document &m_document;
};
