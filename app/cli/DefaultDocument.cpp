#include "cli/DefaultDocument.h"

#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString DefaultDocument::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Quarterdeck.okr"));
}

QString DefaultDocument::ensure(QTextStream &err)
{
    const QString documentPath = path();
    if (QFileInfo::exists(documentPath))
        return documentPath;
    QDir().mkpath(QFileInfo(documentPath).absolutePath());
    try {
        // Appears only when complete: a half-written default document would be opened next time as the user's.
        Document::create(documentPath, [](Document &document) {
            Repository repository(document);
            DemoCompany::write(repository, QDate::currentDate());
        });
        return documentPath;
    } catch (const DocumentError &error) {
        err << QCoreApplication::translate("DefaultDocument", "quarterdeck: cannot create %1: %2\n")
                   .arg(documentPath, error.message());
    }
    return {};
}
