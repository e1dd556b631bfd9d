#pragma once

#include "document/DocumentChange.h"
#include "document/EditOutcome.h"
#include "storage/Document.h"
#include "storage/Revision.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class DocumentWatcher;
class Reconnector;
class QUndoCommand;
class QUndoStack;
class Repository;

// One open document as the window edits it: the file, its Repository and the document's single QUndoStack.
//
// How edits flow (for every feature that changes the document: the tree, the details panel, the check-in dialog,
// the OKR wizard, ...):
//  1. Build a QUndoCommand whose redo() and undo() write through repository(), each in one transaction
//     (Document::transaction), so the file is saved at once. Subclass PlanCommand (ui/PlanCommand.h) to get error
//     handling and the notification for free, or call notifyChanged() yourself at the end of redo() and undo().
//  2. push() it. Its redo() runs now, and push() returns what happened (EditOutcome): act on that, never on the
//     stack's size (push drops undone commands first). A done command stays on the stack, which owns it; a refused
//     or failed one is deleted by then. Ids for QUndoCommand::id() live in document/CommandIds.h.
//  3. Every view refreshes what the DocumentChange names. The views of the shown cycle's plan (the alignment tree,
//     the board, the charts) follow it through ShownPlan, which reads the plan once per change: the tree updates
//     the rows a change of values names, and relayouts (keeping expansion and selection) only for a change of shape.
//  A write that fails (DocumentError) leaves the document as it was and is reported through writeFailed(); a step
//  the cycle rules refuse (CycleError) changes nothing either and is reported through refused(). Both happen for
//  pushes as well as for undo and redo, so the window tells the user once, whoever pushed. A step refused because
//  its rows changed since they were read (EditOutcome::Kind::Conflict) is reported through conflicted() for undo
//  and redo. For a push the user chooses at once (show theirs, overwrite them, cancel), unless the form that pushed
//  takes the conflict back (OnConflict::ReturnToCaller) to offer its own choice.
//  4. Writes by other connections (the command line, another window) arrive through the session's DocumentWatcher
//  as a WrittenElsewhere change.
//  5. On a server, the connection may break (the server restarts, the network goes). What fails then is reported
//  as usual, and connectionLost() is emitted once; forms that pushed keep what was typed. The session reconnects by
//  itself (Reconnector) or when asked (reconnect()), and then every view reads the document afresh.
class DocumentSession : public QObject {
    Q_OBJECT
public:
    // Opens the document; throws DocumentError. A read-only document refuses every command pushed.
    static std::unique_ptr<DocumentSession> open(const QString &path,
                                                 Document::OpenMode mode = Document::OpenMode::ReadWrite);
    // Creates the document written by `fill` (see Document::create) and opens it; throws DocumentError.
    static std::unique_ptr<DocumentSession>
    create(const QString &path, const std::function<void(Repository &)> &fill = {},
           DocumentFiles::ExistingFile existing = DocumentFiles::ExistingFile::Refuse);
    ~DocumentSession() override;

    Document &document() const { return *m_document; }
    Repository &repository() const { return *m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }
    DocumentWatcher &watcher() const { return *m_watcher; }

    // What a push does when the command's rows changed since they were read (a PlanCommand's conflict).
    enum class OnConflict {
        AskUser,        // show theirs (the views read again), overwrite them, or cancel
        ReturnToCaller, // the form that pushed offers its own choice (the check-in dialog)
    };

    // Runs the command's redo() and keeps it for undo when it is done; see EditOutcome.
    EditOutcome push(QUndoCommand *command, OnConflict onConflict = OnConflict::AskUser);

    // The latest change (ChangeLog::lastId) the views have read: noted on open and each time another writer's
    // changes are announced (WrittenElsewhere), before the views read again. The window's own later changes are
    // no conflict, so they need not move it.
    Revision seenChange() const { return m_seenChange; }
    // The latest change now, for a form that reads the document itself and does not follow its changes while open
    // (a modal dialog): note it before reading, and give it to the command (PlanCommand::expectUnchangedSince).
    Revision latestChange() const;

    // For commands: announce what redo() or undo() just changed.
    void notifyChanged(const DocumentChange &change);
    // For commands: the step `stepText` was not done (refused by a rule, or its write failed and was rolled back).
    void reportNotDone(const QString &stepText, const EditOutcome &outcome);
    // For commands: the first step of the command being pushed was refused as a conflict (`message` says who
    // changed what). True when the user chose to overwrite that change; nothing was written either way.
    bool overwriteAfterConflict(const QString &stepText, const QString &message);
    // For views: reading the document failed (a damaged or vanished file, a lost connection); nothing was written.
    void reportReadFailure(const QString &message);

    // False from the moment the connection to the server is found broken until it is back.
    bool isConnected() const { return !m_connectionLost; }
    // For the watcher and failed steps: the connection to the server broke (`message` says how). Emits
    // connectionLost() the first time, and starts trying to reconnect.
    void reportConnectionLost(const QString &message);
    // Connects to the server again: every view then reads the document afresh (a WrittenElsewhere change). False,
    // with reconnectFailed() emitted, when the server cannot be reached yet.
    bool reconnect();

signals:
    void changed(const DocumentChange &change);
    void writeFailed(const QString &message);
    void refused(const QString &stepText, const QString &reason);
    void conflicted(const QString &stepText, const QString &message);
    void readFailed(const QString &message);
    void connectionLost(const QString &message);
    void reconnectFailed(const QString &message);
    void reconnected();

private:
    explicit DocumentSession(std::unique_ptr<Document> document);

    // Declared before the repository, which refers to it, so it is destroyed after it.
    std::unique_ptr<Document> m_document;
    std::unique_ptr<Repository> m_repository;
    QUndoStack *m_undoStack = nullptr;    // a child
    DocumentWatcher *m_watcher = nullptr; // a child
    Reconnector *m_reconnector = nullptr; // a child
    bool m_connectionLost = false;
    bool m_pushing = false;
    OnConflict m_onConflict = OnConflict::AskUser; // of the command push() is running
    bool m_showTheirs = false;                     // the user chose to see the other writer's change
    Revision m_seenChange = 0;
    EditOutcome m_pushOutcome; // of the command push() is running
};
