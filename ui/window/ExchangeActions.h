#pragma once

#include <QObject>
#include <QString>

#include <functional>

class DocumentSession;
class QAction;
class QWidget;

// File > Import… and File > Export…: CSV and JSON through core/io (DataExchange), as `quarterdeck import` and
// `quarterdeck export` do. An export never writes over the document or its journal (DocumentFiles); an import is
// all or nothing, and every view reads the document again after it. Both say what they did or why not.
class ExchangeActions : public QObject {
    Q_OBJECT

public:
    enum class Purpose { Import, Export };
    // Asks for the file to read or write; empty when the user cancels.
    using PathChooser = std::function<QString(QWidget *parent, Purpose purpose, const QString &suggestedPath)>;
    // Replaces the file dialogs, so tests can answer them; an empty chooser restores them. Returns the previous one.
    static PathChooser setPathChooser(PathChooser chooser);

    explicit ExchangeActions(QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // The open document, or none; a read-only document exports but does not import.
    void setSession(DocumentSession *session);
    // Imports `path` as File > Import… does once the file is chosen (a file dropped on the window): all or nothing,
    // a CSV or JSON file only, refused in words otherwise. True when it was imported.
    bool importPath(const QString &path);

signals:
    // What was imported or written, for the status bar.
    void finished(const QString &message);

private:
    void importFile();
    void exportFile();

    QWidget *m_window;
    DocumentSession *m_session = nullptr;
    QAction *m_import;
    QAction *m_export;
};
