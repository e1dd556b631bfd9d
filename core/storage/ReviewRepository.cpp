#include "storage/ReviewRepository.h"

#include "storage/Document.h"
#include "storage/Statement.h"
#include "storage/StoredText.h"
#include "storage/Tables.h"

namespace {

const QString byCycleAndTeam = QStringLiteral("WHERE cycle_id = :cycle_id AND team_id = :team_id");

} // namespace

ReviewRepository::ReviewRepository(Document &document)
    : m_document(document)
{
}

void ReviewRepository::save(const TeamReview &review)
{
    StoredText::requireFits(review);
    m_document.transaction([&] {
        Statement upsert(m_document,
                         Tables::teamReviews().upsert({QStringLiteral("cycle_id"), QStringLiteral("team_id")}));
        Tables::bind(upsert, review);
        upsert.exec();
    });
}

std::optional<TeamReview> ReviewRepository::find(Id cycleId, Id teamId) const
{
    Statement query(m_document, Tables::teamReviews().select(byCycleAndTeam));
    query.bind(QStringLiteral("cycle_id"), cycleId).bind(QStringLiteral("team_id"), teamId).exec();
    std::optional<TeamReview> found;
    if (query.next())
        found = Tables::teamReviewFrom(query);
    query.finish();
    return found;
}

void ReviewRepository::remove(Id cycleId, Id teamId)
{
    m_document.transaction([&] {
        Statement(m_document, QStringLiteral("DELETE FROM team_reviews ") + byCycleAndTeam)
            .bind(QStringLiteral("cycle_id"), cycleId)
            .bind(QStringLiteral("team_id"), teamId)
            .exec();
    });
}

Revision ReviewRepository::revision(Id cycleId, Id teamId) const
{
    return Statement(m_document, Tables::teamReviews().selectRevision())
        .bind(QStringLiteral("cycle_id"), cycleId)
        .bind(QStringLiteral("team_id"), teamId)
        .execRevision();
}
