#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// The demo company written by `quarterdeck demo` into demo.okr in a temporary folder.
struct DemoDocumentFile {
    DemoDocumentFile();

    QTemporaryDir folder;
    QString path;

    // A path in the same folder.
    QString pathOf(const QString &name) const { return folder.filePath(name); }
};

// The bytes of the file at `path`; empty when it cannot be read.
QByteArray fileContent(const QString &path);
