#pragma once

#include <QString>

// Text from a document or a command line, made safe to print on a terminal: control characters (C0, DEL, C1:
// ESC starts the sequences that move the cursor, recolour or retitle the terminal) and the bidirectional
// overrides (which reorder what is shown) are written as visible escapes such as \x1b and \u202e.
namespace PrintableText {

// Every such character escaped, line breaks and tabs included: one name stays on one line.
QString escaped(const QString &text);

// The same, keeping the line breaks of a message of several lines.
QString escapedLines(const QString &text);

} // namespace PrintableText
