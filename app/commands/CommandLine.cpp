#include "CommandLine.h"

#include "Command.h"
#include "LintCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<LintCommand>());
    return commands;
}

bool isTopLevelOption(const QString &argument)
{
    static const QStringList options{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-v"),
                                     QStringLiteral("--version"), QStringLiteral("--help-all")};
    return options.contains(argument);
}

QString usage()
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: quarterdeck [FILE]\n"
                                               "       quarterdeck COMMAND [options] ...\n\n"
                                               "Plan and track OKRs in one local file.\n\n"
                                               "Without a command, opens FILE (or your default document) in the "
                                               "window.\n\nCommands:\n");
    for (const auto &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += QCoreApplication::translate("CommandLine",
                                        "\nOptions:\n  -h, --help     Show this help.\n"
                                        "  -v, --version  Show the version.\n\n"
                                        "Run 'quarterdeck COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (isTopLevelOption(first))
        return true;
    for (const auto &command : allCommands()) {
        if (command->name() == first)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << QStringLiteral("quarterdeck %1\n").arg(QStringLiteral(QUARTERDECK_VERSION));
        return Command::Success;
    }
    if (isTopLevelOption(first)) {
        out << usage();
        return Command::Success;
    }
    for (const auto &command : allCommands()) {
        if (command->name() == first)
            return command->run(arguments, out, err);
    }
    err << QCoreApplication::translate("CommandLine", "quarterdeck: unknown command '%1'\n").arg(first) << usage();
    return Command::UsageError;
}
