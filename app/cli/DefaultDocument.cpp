#include "cli/DefaultDocument.h"

#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
        const std::unique_ptr<Document> document = Document::open(documentPath, Document::OpenMode::CreateIfMissing);
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
        return documentPath;
    } catch (const DocumentError &error) {
        err << QCoreApplication::translate("DefaultDocument", "quarterdeck: cannot create %1: %2\n")
                   .arg(documentPath, error.message());
    }
    // A half-written default document would be opened next time as if it were the user's.
    QFile::remove(documentPath);
    return {};
}
