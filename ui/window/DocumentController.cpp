#include "window/DocumentController.h"

#include "document/DocumentSession.h"
#include "sample/StarterPlan.h"
#include "storage/Document.h"
#include "storage/DocumentBackup.h"
#include "storage/DocumentError.h"
#include "storage/ServerAddress.h"
#include "window/ConnectDialog.h"
#include "window/PasswordKeyring.h"
#include "storage/DocumentFiles.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"
#include "window/RecentFiles.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace {

QString documentFilter()
{
    return DocumentController::tr("Quarterdeck documents (*.okr)");
}

} // namespace

DocumentController::DocumentController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

DocumentController::~DocumentController() = default;

bool DocumentController::open(const QString &path)
{
    return openAndUse(ServerAddress::isServerAddress(path) ? PasswordKeyring::withRememberedPassword(path) : path, false);
}

bool DocumentController::openAndUse(const QString &path, bool continuesPrevious)
{
    return attempt(tr("Cannot Open Document"), tr("Quarterdeck could not open “%1”.\n\n%2"), path, [&] {
        // A read-only or damaged document opens read-only: the window says why and offers Save a Copy.
        std::unique_ptr<DocumentSession> session =
            DocumentSession::open(path, Document::OpenMode::ReadWriteWhenPossible);
        // What the window reads first, read before the open document is replaced: a file that opens
        // but cannot be read is refused here, and the previous document stays.
        session->repository().teams().all();
        session->repository().cycles().all();
        replaceSession(std::move(session), continuesPrevious);
    });
}

bool DocumentController::create(const QString &path)
{
    return attempt(tr("Cannot Create Document"), tr("Quarterdeck could not create “%1”.\n\n%2"), path, [&] {
        // The open document cannot be replaced under the window: its connection would write into the new file.
        if (m_session) {
            if (const QString refusal = DocumentFiles(m_session->document().path()).refusalToWrite(path);
                !refusal.isEmpty())
                throw DocumentError(refusal);
        }
        // The file dialog asked before replacing: the new document replaces the file there once it is complete.
        std::unique_ptr<DocumentSession> session = DocumentSession::create(
            path,
            [&path](Repository &repository) {
                StarterPlan::write(repository, QFileInfo(path).completeBaseName(), QDate::currentDate());
            },
            DocumentFiles::ExistingFile::Replace);
        replaceSession(std::move(session), false);
    });
}

bool DocumentController::saveCopyAs(const QString &path)
{
    if (!m_session)
        return false;
    const bool saved =
        attempt(tr("Cannot Save Document"), tr("Quarterdeck could not save a copy as “%1”.\n\n%2"), path, [&] {
            // The file dialog asked before replacing an existing file.
            DocumentBackup::write(m_session->document(), path, DocumentBackup::ExistingTarget::Replace);
        });
    return saved && openAndUse(path, true);
}

bool DocumentController::backUp(const QString &path)
{
    if (!m_session)
        return false;
    const bool written =
        attempt(tr("Cannot Back Up Document"), tr("Quarterdeck could not back up the document to “%1”.\n\n%2"), path,
                [&] { DocumentBackup::write(m_session->document(), path, DocumentBackup::ExistingTarget::Replace); });
    if (written)
        emit backedUp(path);
    return written;
}

bool DocumentController::attempt(const QString &title, const QString &failure, const QString &path,
                                 const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const DocumentError &error) {
        const QString shown =
            ServerAddress::isServerAddress(path) ? ServerAddress::shownLocation(path) : QDir::toNativeSeparators(path);
        MessageBoxes::warning(m_window, title, failure.arg(shown, error.message()));
    }
    return false;
}

void DocumentController::replaceSession(std::unique_ptr<DocumentSession> session, bool continuesPrevious)
{
    reportFailuresOf(*session);
    // The views move to the new session before the previous one goes.
    const std::unique_ptr<DocumentSession> previous = std::exchange(m_session, std::move(session));
    emit sessionChanged(m_session.get(), continuesPrevious);
    RecentFiles::add(m_session->document().path());
    rebuildRecentMenu();
}

void DocumentController::reportFailuresOf(DocumentSession &session)
{
    connect(&session, &DocumentSession::writeFailed, m_window, [this, &session](const QString &message) {
        if (!session.isConnected()) // the message says what became of the change
            MessageBoxes::warning(m_window, tr("Connection Lost"),
                                  tr("%1\n\nQuarterdeck reconnects as soon as the server answers (or choose File > "
                                     "Reconnect to Server), and then shows the document as it is.")
                                      .arg(message));
        else
            MessageBoxes::warning(m_window, tr("Cannot Save Change"),
                                  tr("The change was not saved and the document is as it was.\n\n%1").arg(message));
    });
    connect(&session, &DocumentSession::refused, m_window, [this](const QString &stepText, const QString &reason) {
        MessageBoxes::warning(m_window, tr("Not Done: %1").arg(stepText), reason);
    });
    connect(&session, &DocumentSession::conflicted, m_window, [this](const QString &stepText, const QString &message) {
        MessageBoxes::warning(m_window, tr("Not Done: %1").arg(stepText),
                              tr("%1\n\nNothing was written: your step would have overwritten that change. The window "
                                 "shows the document as it is now.")
                                  .arg(message));
    });
    connect(&session, &DocumentSession::readFailed, m_window, [this](const QString &message) {
        MessageBoxes::warning(m_window, tr("Cannot Read Document"),
                              tr("The document could not be read, so the window may not show its latest "
                                 "state.\n\n%1")
                                  .arg(message));
    });
}

QString DocumentController::documentFolder() const
{
    return m_session && !m_session->document().isOnServer() ? QFileInfo(m_session->document().path()).absolutePath()
                                                            : QDir::homePath();
}

void DocumentController::chooseServerToOpen()
{
    ConnectDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    if (!open(dialog.url()) || !dialog.remembersPassword())
        return;
    if (const QString failure = PasswordKeyring::remember(dialog.url()); !failure.isEmpty())
        MessageBoxes::warning(m_window, tr("Password Not Remembered"),
                              tr("The desktop's keyring did not keep the password (%1). Type it again next time, or "
                                 "keep it in ~/.pgpass.")
                                  .arg(failure));
}

void DocumentController::chooseToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Document"), documentFolder(), documentFilter());
    if (!path.isEmpty())
        open(path);
}

QString DocumentController::chooseFileToWrite(const QString &title) const
{
    QString path = QFileDialog::getSaveFileName(m_window, title, documentFolder(), documentFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".okr");
    return path;
}

void DocumentController::chooseNew()
{
    if (const QString path = chooseFileToWrite(tr("New Document")); !path.isEmpty())
        create(path);
}

void DocumentController::chooseSaveAs()
{
    if (const QString path = chooseFileToWrite(tr("Save a Copy As")); !path.isEmpty())
        saveCopyAs(path);
}

void DocumentController::chooseBackUp()
{
    if (const QString path = chooseFileToWrite(tr("Back Up Document")); !path.isEmpty())
        backUp(path);
}

void DocumentController::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentController::rebuildRecentMenu);
    rebuildRecentMenu();
}

void DocumentController::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList paths = RecentFiles::paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        // Numbered 1-8 as mnemonics, so the menu works from the keyboard; a "&" in a name is not one.
        const QString name = (ServerAddress::isServerAddress(path) ? ServerAddress::shownLocation(path)
                                                                   : QFileInfo(path).completeBaseName())
                                 .replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        action->setObjectName(QStringLiteral("actionRecent%1").arg(i + 1));
        action->setData(path);
        const QString shown = ServerAddress::isServerAddress(path) ? path : QDir::toNativeSeparators(path);
        action->setToolTip(shown);
        action->setStatusTip(shown);
        connect(action, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clearAction = m_recentMenu->addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!paths.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
}
