#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class DocumentSession;
class QMenu;
class QWidget;

// The window's documents: creates, opens, copies (Save As) and backs them up, asking for files with the window's
// dialogs and saying why when that fails; keeps the recent files. It owns the open DocumentSession and is the one place
// that replaces it: the window and its views follow sessionChanged.
class DocumentController : public QObject {
    Q_OBJECT
public:
    // `window` is where dialogs and messages open.
    explicit DocumentController(QWidget *window);
    ~DocumentController() override;

    DocumentSession *session() const { return m_session.get(); }

    // Opens `path`; on failure shows the document's clear message and keeps the current document.
    bool open(const QString &path);
    // Creates a document at `path` (replacing a file there) with a company and the current quarter, and opens it.
    bool create(const QString &path);
    // Writes a consistent copy of the open document to `path` and continues in the copy.
    bool saveCopyAs(const QString &path);
    // Writes a consistent copy of the open document to `path` (File > Back Up) and stays in the open document.
    // Both refuse a path that is the document or its journal, and replace an existing file only when complete.
    bool backUp(const QString &path);

    void chooseToOpen();
    void chooseServerToOpen(); // File > Connect to Organisation Database…
    void chooseNew();
    void chooseSaveAs();
    void chooseBackUp();

    // Lists the recent files in `menu`, afresh each time it opens: files can disappear while the window is open.
    void setRecentMenu(QMenu *menu);

signals:
    // A backup was written to `path`.
    void backedUp(const QString &path);
    // `session` replaced the previous one, which is deleted when this returns. `continuesPrevious`: it is a copy of
    // the previous document (Save As), so the views may keep showing what they showed.
    void sessionChanged(DocumentSession *session, bool continuesPrevious);

private:
    bool openAndUse(const QString &path, bool continuesPrevious);
    // Runs `work`; when it throws a DocumentError, shows `title` and `failure` with `path` and the error's message.
    bool attempt(const QString &title, const QString &failure, const QString &path, const std::function<void()> &work);
    void replaceSession(std::unique_ptr<DocumentSession> session, bool continuesPrevious);
    void reportFailuresOf(DocumentSession &session);
    // A path from a save dialog titled `title`, with the .okr suffix when none was typed; empty when cancelled.
    QString chooseFileToWrite(const QString &title) const;
    QString documentFolder() const; // where file dialogs start
    void rebuildRecentMenu();

    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<DocumentSession> m_session;
};
