#include "document/DocumentSession.h"

#include "document/DocumentWatcher.h"
#include "document/Reconnector.h"
#include "storage/ChangeLog.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QUndoStack>

#include <utility>

std::unique_ptr<DocumentSession> DocumentSession::open(const QString &path, Document::OpenMode mode)
{
    return std::unique_ptr<DocumentSession>(new DocumentSession(Document::openLocation(path, mode)));
}

std::unique_ptr<DocumentSession> DocumentSession::create(const QString &path,
                                                         const std::function<void(Repository &)> &fill,
                                                         DocumentFiles::ExistingFile existing)
{
    const auto fillRepository = [&fill](Document &document) {
        if (!fill)
            return;
        Repository repository(document);
        fill(repository);
    };
    return std::unique_ptr<DocumentSession>(new DocumentSession(Document::create(path, fillRepository, existing)));
}

DocumentSession::DocumentSession(std::unique_ptr<Document> document)
    : m_document(std::move(document))
    , m_repository(std::make_unique<Repository>(*m_document))
    , m_undoStack(new QUndoStack(this))
{
    m_document->setWriter(ChangeRecord::Writer::Window);
    m_seenChange = ChangeLog(*m_document).lastId(); // before any view reads
    m_watcher = new DocumentWatcher(*this);
    m_reconnector = new Reconnector(*this);
}

DocumentSession::~DocumentSession()
{
    // The commands refer to this session: they go before the repository and the document.
    delete m_undoStack;
}

EditOutcome DocumentSession::push(QUndoCommand *command, OnConflict onConflict)
{
    if (m_document->isReadOnly()) {
        // The window disables what edits; this also holds for an edit that slips through.
        const EditOutcome outcome{EditOutcome::Kind::Refused,
                                  tr("The document is open read-only. %1").arg(m_document->readOnlyReason())};
        reportNotDone(command->text(), outcome);
        delete command;
        return outcome;
    }
    m_pushOutcome = {};
    m_onConflict = onConflict;
    m_pushing = true;
    m_undoStack->push(command); // runs redo(): a step not done reports itself through reportNotDone
    m_pushing = false;
    if (std::exchange(m_showTheirs, false))
        m_watcher->check(); // the views read the other writer's change now, not at the next tick
    return std::exchange(m_pushOutcome, {});
}

Revision DocumentSession::latestChange() const
{
    return ChangeLog(*m_document).lastId();
}

void DocumentSession::notifyChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::WrittenElsewhere)
        m_seenChange = ChangeLog(*m_document).lastId(); // noted before the views read again
    emit changed(change);
}

bool DocumentSession::overwriteAfterConflict(const QString &stepText, const QString &message)
{
    if (!m_pushing || m_onConflict != OnConflict::AskUser)
        return false;
    enum Choice { ShowTheirs, OverwriteWithMine };
    const int choice = MessageBoxes::choose(
        QApplication::activeWindow(), tr("Changed Elsewhere: %1").arg(stepText),
        tr("%1\n\nNothing was written. Show the document as it is now, or overwrite that change with yours?")
            .arg(message),
        {tr("Show Theirs"), tr("Overwrite with Mine")});
    m_showTheirs = choice == ShowTheirs;
    return choice == OverwriteWithMine;
}

void DocumentSession::reportNotDone(const QString &stepText, const EditOutcome &outcome)
{
    m_pushOutcome = outcome; // read by push() when the step is its command's first redo; harmless otherwise
    switch (outcome.kind) {
    case EditOutcome::Kind::Refused:
        emit refused(stepText, outcome.message);
        break;
    case EditOutcome::Kind::Conflict:
        if (!m_pushing) // the form that pushed offers the choice
            emit conflicted(stepText, outcome.message);
        break;
    case EditOutcome::Kind::WriteFailed:
    case EditOutcome::Kind::Done:
        if (!m_document->isConnected())
            reportConnectionLost(outcome.message);
        emit writeFailed(outcome.message);
        break;
    }
}

void DocumentSession::reportReadFailure(const QString &message)
{
    if (m_document->isConnected())
        emit readFailed(message);
    else
        reportConnectionLost(message); // said once, not for every view that could not read
}

void DocumentSession::reportConnectionLost(const QString &message)
{
    if (std::exchange(m_connectionLost, true))
        return;
    m_reconnector->start();
    emit connectionLost(message);
}

bool DocumentSession::reconnect()
{
    if (!m_document->isOnServer())
        return true; // a file has no connection to lose
    try {
        m_document->reconnect();
    } catch (const DocumentError &error) {
        emit reconnectFailed(error.message());
        return false;
    }
    m_connectionLost = false;
    m_reconnector->stop();
    m_watcher->listen(); // to the new connection's announcements
    emit reconnected();
    // What others wrote meanwhile was never announced: every view reads again.
    notifyChanged({DocumentChange::Kind::WrittenElsewhere, NoId, {}, {}, {}});
    return true;
}
