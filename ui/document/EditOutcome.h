#pragma once

#include <QString>

// What became of one edit pushed to the document (DocumentSession::push): written, refused by a rule, a write
// that failed and was rolled back, or a conflict: the rows it writes changed since they were read (another window,
// the command line), so it wrote nothing. Only a done edit changed the document and sits on the undo stack.
struct EditOutcome {
    enum class Kind { Done, Refused, WriteFailed, Conflict };

    Kind kind = Kind::Done;
    QString message; // why it was not done: the rule's reason, the write's error or who changed what; empty when done

    bool isDone() const { return kind == Kind::Done; }
};
