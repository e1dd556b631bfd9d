#pragma once

#include <QString>
#include <QTextStream>

// The document `quarterdeck` opens without a FILE: Quarterdeck.okr in the user's data directory,
// created with the demo company on first run.
namespace DefaultDocument {

QString path();

// Returns the path, creating the document with the demo company when missing; empty (and a message on
// `err`) when it cannot be created.
QString ensure(QTextStream &err);

} // namespace DefaultDocument
