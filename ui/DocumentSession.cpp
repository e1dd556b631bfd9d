#include "DocumentSession.h"

#include "Repository.h"

#include <QUndoStack>

std::unique_ptr<DocumentSession> DocumentSession::open(const QString &path, Document::OpenMode mode)
{
    return std::unique_ptr<DocumentSession>(new DocumentSession(Document::open(path, mode)));
}

DocumentSession::DocumentSession(std::unique_ptr<Document> document)
    : m_document(std::move(document))
    , m_repository(std::make_unique<Repository>(*m_document))
    , m_undoStack(new QUndoStack(this))
{
}

DocumentSession::~DocumentSession()
{
    // The commands refer to this session: they go before the repository and the document.
    delete m_undoStack;
}

void DocumentSession::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void DocumentSession::notifyChanged(const DocumentChange &change)
{
    emit changed(change);
}

void DocumentSession::reportWriteFailure(const QString &message)
{
    emit writeFailed(message);
}

void DocumentSession::reportRefusal(const QString &stepText, const QString &reason)
{
    emit refused(stepText, reason);
}
