#include "CommandRunner.h"

#include "CommandLine.h"

#include <QTextStream>

CommandRun runInProcess(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode = CommandLine::run(QStringList{QStringLiteral("quarterdeck")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {exitCode, out, err};
}
