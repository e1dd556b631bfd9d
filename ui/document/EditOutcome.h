#pragma once

#include <QString>

// What became of one edit pushed to the document (DocumentSession::push): written, refused by a rule, or a write
// that failed and was rolled back. Only a done edit changed the document and sits on the undo stack.
struct EditOutcome {
    enum class Kind { Done, Refused, WriteFailed };

    Kind kind = Kind::Done;
    QString message; // why it was not done: the rule's reason or the write's error; empty when done

    bool isDone() const { return kind == Kind::Done; }
};
