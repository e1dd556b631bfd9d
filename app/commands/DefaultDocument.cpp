#include "DefaultDocument.h"

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
    Q_UNUSED(err)
    return documentPath;
}
