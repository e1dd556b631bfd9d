#include "cli/DefaultDocument.h"

#include "sample/DemoCompany.h"
#include "sample/StarterPlan.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "teams/TeamError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>

namespace {

QDir dataFolder(const QString &folder)
{
    return QDir(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder);
}

// Creates the document at `documentPath` written by `fill`; it appears only when complete, so a half-written one is
// never opened next time as if it were whole.
QString create(const QString &documentPath, const std::function<void(Repository &)> &fill, QTextStream &err)
{
    QDir().mkpath(QFileInfo(documentPath).absolutePath());
    QString problem;
    try {
        Document::create(documentPath, [&fill](Document &document) {
            Repository repository(document);
            fill(repository);
        });
        return documentPath;
    } catch (const DocumentError &error) {
        problem = error.message();
    } catch (const TeamError &error) {
        problem = error.message();
    }
    err << QCoreApplication::translate("DefaultDocument", "quarterdeck: cannot create %1: %2\n")
               .arg(documentPath, problem);
    return {};
}

} // namespace

QString DefaultDocument::path(const QString &folder)
{
    return dataFolder(folder).filePath(QStringLiteral("Quarterdeck.okr"));
}

QString DefaultDocument::examplePath(const QString &folder)
{
    return dataFolder(folder).filePath(QStringLiteral("Example Company.okr"));
}

bool DefaultDocument::isFirstStart(const QString &folder)
{
    return !QFileInfo::exists(path(folder));
}

QString DefaultDocument::ensureExample(QTextStream &err, QDate today, const QString &folder)
{
    const QString documentPath = examplePath(folder);
    if (QFileInfo::exists(documentPath))
        return documentPath;
    return create(
        documentPath, [today](Repository &repository) { DemoCompany::write(repository, today); }, err);
}

QString DefaultDocument::createOrganisation(const QString &organisationName, const QStringList &teamNames,
                                            QTextStream &err, QDate today, const QString &folder)
{
    return create(
        path(folder),
        [&](Repository &repository) { StarterPlan::write(repository, organisationName, today, teamNames); }, err);
}
