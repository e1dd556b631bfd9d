#include "window/ExchangeActions.h"

#include "document/DocumentSession.h"
#include "io/DataExchange.h"
#include "io/ExchangeError.h"
#include "storage/DocumentError.h"
#include "storage/DocumentFiles.h"
#include "storage/Repository.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

#include <memory>
#include <utility>

namespace {

ExchangeActions::PathChooser &pathChooser()
{
    static ExchangeActions::PathChooser chooser;
    return chooser;
}

QString askForPath(QWidget *parent, ExchangeActions::Purpose purpose, const QString &suggestedPath)
{
    if (pathChooser())
        return pathChooser()(parent, purpose, suggestedPath);
    if (purpose == ExchangeActions::Purpose::Import)
        return QFileDialog::getOpenFileName(parent, ExchangeActions::tr("Import"), suggestedPath,
                                            ExchangeActions::tr("CSV or JSON files (*.csv *.json)"));
    const QString csvFilter = ExchangeActions::tr("CSV, for spreadsheets (*.csv)");
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, ExchangeActions::tr("Export"), suggestedPath,
        ExchangeActions::tr("JSON, everything (*.json)") + QStringLiteral(";;") + csvFilter, &chosenFilter);
    // A name typed without an extension takes the chosen type's: the format follows the extension.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".json");
    return path;
}

// A busy indicator while a large file is read or written: the work runs in one go (an import is one
// transaction), so there is nothing to cancel half-way. Closes when the pointer goes.
std::unique_ptr<QProgressDialog> busyIndicator(QWidget *parent, const QString &text)
{
    auto progress = std::make_unique<QProgressDialog>(text, QString(), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exchangeProgress"));
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    QCoreApplication::processEvents(); // painted before the work blocks the event loop
    return progress;
}

} // namespace

ExchangeActions::PathChooser ExchangeActions::setPathChooser(PathChooser chooser)
{
    return std::exchange(pathChooser(), std::move(chooser));
}

ExchangeActions::ExchangeActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_import(new QAction(tr("&Import…"), this))
    , m_export(new QAction(tr("E&xport…"), this))
{
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setStatusTip(tr("Add the teams, OKRs, check-ins and KPIs of a CSV or JSON file to this document"));
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setStatusTip(tr("Save the whole document as JSON (everything) or CSV (for spreadsheets)"));
    connect(m_import, &QAction::triggered, this, &ExchangeActions::importFile);
    connect(m_export, &QAction::triggered, this, &ExchangeActions::exportFile);
    setSession(nullptr);
}

void ExchangeActions::setSession(DocumentSession *session)
{
    m_session = session;
    m_export->setEnabled(session);
    m_import->setEnabled(session && !session->document().isReadOnly());
}

void ExchangeActions::importFile()
{
    if (!m_session)
        return;
    const QString path =
        askForPath(m_window, Purpose::Import, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        importPath(path);
}

bool ExchangeActions::importPath(const QString &path)
{
    if (!m_session)
        return false;
    if (m_session->document().isReadOnly()) {
        MessageBoxes::warning(m_window, tr("Nothing Imported"),
                              tr("This document is open read-only: nothing can be imported into it."));
        return false;
    }
    if (!DataExchange::formatNamed(QFileInfo(path).suffix())) {
        MessageBoxes::warning(
            m_window, tr("Nothing Imported"),
            tr("%1 is not a CSV or JSON file: only those can be imported.").arg(QFileInfo(path).fileName()));
        return false;
    }
    ImportSummary summary;
    try {
        const auto busy = busyIndicator(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()));
        summary = DataExchange::importFile(m_session->repository(), path);
    } catch (const ExchangeError &error) {
        MessageBoxes::warning(m_window, tr("Nothing Imported"), error.message());
        return false;
    } catch (const DocumentError &error) {
        MessageBoxes::warning(m_window, tr("Nothing Imported"), error.message());
        return false;
    }
    // Anything may have been added, teams and cycles too: every view reads the document again.
    m_session->notifyChanged({DocumentChange::Kind::WrittenElsewhere, NoId, {}, {}, {}});
    const QStringList counts = {
        tr("%n objective(s)", nullptr, summary.objectives),  tr("%n key result(s)", nullptr, summary.keyResults),
        tr("%n check-in(s)", nullptr, summary.checkIns),     tr("%n KPI(s)", nullptr, summary.kpis),
        tr("%n new team(s)", nullptr, summary.teamsCreated), tr("%n new cycle(s)", nullptr, summary.cyclesCreated)};
    emit finished(tr("Imported %1: %2.").arg(QFileInfo(path).fileName(), counts.join(tr(", "))));
    return true;
}

void ExchangeActions::exportFile()
{
    if (!m_session)
        return;
    const Document &document = m_session->document();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QFileInfo(document.path()).completeBaseName() + QStringLiteral(".json"));
    const QString path = askForPath(m_window, Purpose::Export, suggested);
    if (path.isEmpty())
        return;
    if (const QString refusal = DocumentFiles(document.path()).refusalToWrite(path); !refusal.isEmpty()) {
        MessageBoxes::warning(m_window, tr("Nothing Exported"), refusal);
        return;
    }
    const std::optional<ExchangeFormat> format = DataExchange::formatNamed(QFileInfo(path).suffix());
    if (!format) {
        MessageBoxes::warning(m_window, tr("Nothing Exported"),
                              tr("Name the file .json (everything) or .csv (for spreadsheets)."));
        return;
    }
    QStringList unreadable;
    try {
        const auto busy = busyIndicator(m_window, tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
        unreadable = DataExchange::exportToFile(m_session->repository(), *format, std::nullopt, path);
    } catch (const ExchangeError &error) {
        MessageBoxes::warning(m_window, tr("Nothing Exported"), error.message());
        return;
    } catch (const DocumentError &error) {
        MessageBoxes::warning(m_window, tr("Nothing Exported"), error.message());
        return;
    }
    if (!unreadable.isEmpty()) {
        MessageBoxes::warning(m_window, tr("Export Incomplete"),
                              tr("%1 was written without what the damaged document could not give:\n%2")
                                  .arg(QDir::toNativeSeparators(path), unreadable.join(QLatin1Char('\n'))));
    }
    emit finished(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}
