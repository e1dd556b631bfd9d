#include "fuzz/ScratchDocument.h"

#include "fuzz/FuzzTarget.h"
#include "io/ExchangeError.h"
#include "io/JsonExchange.h"

namespace {

// Thrown to roll the import back once it has been checked.
struct Discard {};

bool readsBack(const QByteArray &json)
{
    try {
        JsonExchange::read(json);
        return true;
    } catch (const ExchangeError &) {
        return false;
    }
}

} // namespace

ScratchDocument::ScratchDocument()
    : m_document(Document::create(m_folder.filePath(QStringLiteral("scratch.okr"))))
    , m_repository(*m_document)
{
}

int ScratchDocument::fuzzImport(const uint8_t *data, size_t size, ExchangeFormat format)
{
    static ScratchDocument document;
    document.importAndDiscard(FuzzTarget::bytes(data, size), format);
    return 0;
}

void ScratchDocument::importAndDiscard(const QByteArray &content, ExchangeFormat format)
{
    try {
        m_document->transaction([&] {
            DataExchange::importData(m_repository, content, format);
            FuzzTarget::require(readsBack(DataExchange::exportData(m_repository, ExchangeFormat::Json)),
                                "an accepted import exports to JSON that imports again");
            throw Discard();
        });
    } catch (const Discard &) {
    } catch (const ExchangeError &) {
    }
}
