#pragma once

#include "storage/Document.h"

#include <memory>

// Another writer of a document's file (the command line, another window): a Document of its own on the same file.
// The first document's pages are checkpointed into the file before: until then a new document's identity is only in
// its journal, and opening it again would refuse it (issue 14, item 4).
std::unique_ptr<Document> openOtherWriter(Document &document);
