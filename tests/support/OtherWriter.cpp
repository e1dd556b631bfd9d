#include "support/OtherWriter.h"

std::unique_ptr<Document> openOtherWriter(Document &document)
{
    document.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Document::open(document.path());
}
