#include "storage/Repository.h"

Repository::Repository(Document &document)
    : m_document(document)
    , m_teams(document)
    , m_cycles(document)
    , m_plan(document)
    , m_checkIns(document)
    , m_kpis(document)
    , m_reviews(document)
    , m_queries(document)
{
}
