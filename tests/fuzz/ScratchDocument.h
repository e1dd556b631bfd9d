#pragma once

#include "io/DataExchange.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

// An empty document in a temporary folder that every import leaves as it found it, so that one document serves
// millions of fuzzed imports.
class ScratchDocument {
public:
    ScratchDocument();

    // The whole of an import fuzz target: each input into one scratch document kept for the run.
    static int fuzzImport(const uint8_t *data, size_t size, ExchangeFormat format);

    // Imports `content` as the command line does, then rolls it back. Input the importer refuses with an
    // ExchangeError is an expected outcome; what it accepts must export to JSON that reads back. Anything else is
    // a finding: a crash, or another exception such as a DocumentError from data the importer let through but
    // storage refused.
    void importAndDiscard(const QByteArray &content, ExchangeFormat format);

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Document> m_document;
    Repository m_repository;
};
