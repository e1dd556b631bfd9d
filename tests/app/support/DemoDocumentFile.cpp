#include "app/support/DemoDocumentFile.h"

#include "app/support/CommandRunner.h"
#include "support/catch.h"

#include <QFile>

DemoDocumentFile::DemoDocumentFile()
    : path(folder.filePath(QStringLiteral("demo.okr")))
{
    REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
