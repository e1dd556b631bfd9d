#include "Command.h"

#include <QCoreApplication>

int Command::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("Command", "Show this help."));
    parser.addOption(helpOption);
    configure(parser);

    QStringList commandArguments = arguments;
    if (commandArguments.size() > 1)
        commandArguments.removeAt(1); // the command's own name
    if (!parser.parse(commandArguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(QStringLiteral("[options]"), name() + QStringLiteral(" [options]"));
        return Success;
    }
    return execute(parser, out, err);
}

int Command::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("quarterdeck %1: %2\n").arg(name(), message)
        << QCoreApplication::translate("Command", "Try 'quarterdeck %1 --help'.").arg(name()) << '\n';
    return UsageError;
}
