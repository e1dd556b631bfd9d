#include "cli/CommandLine.h"

#include "cli/BackupSubcommand.h"
#include "cli/BoardSubcommand.h"
#include "cli/CheckInSubcommand.h"
#include "cli/CopySubcommand.h"
#include "cli/CycleSubcommand.h"
#include "cli/DemoSubcommand.h"
#include "cli/ExportSubcommand.h"
#include "cli/GenerateSubcommand.h"
#include "cli/ImportSubcommand.h"
#include "cli/InterfaceLanguage.h"
#include "cli/KpiSubcommand.h"
#include "cli/LintSubcommand.h"
#include "cli/PdfDrawing.h"
#include "cli/PrintableText.h"
#include "cli/ReportSubcommand.h"
#include "cli/Subcommand.h"
#include "cli/TeamSubcommand.h"
#include "text/EnglishPlurals.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<Subcommand>> allCommands(const PdfDrawing *drawing = nullptr)
{
    std::vector<std::unique_ptr<Subcommand>> commands;
    commands.push_back(std::make_unique<CheckInSubcommand>());
    commands.push_back(std::make_unique<DemoSubcommand>());
    commands.push_back(std::make_unique<GenerateSubcommand>());
    commands.push_back(std::make_unique<ExportSubcommand>());
    commands.push_back(std::make_unique<ImportSubcommand>());
    commands.push_back(std::make_unique<LintSubcommand>());
    commands.push_back(std::make_unique<CycleSubcommand>());
    commands.push_back(std::make_unique<KpiSubcommand>());
    commands.push_back(std::make_unique<TeamSubcommand>());
    commands.push_back(std::make_unique<ReportSubcommand>(drawing));
    commands.push_back(std::make_unique<BoardSubcommand>(drawing));
    commands.push_back(std::make_unique<BackupSubcommand>());
    commands.push_back(std::make_unique<CopySubcommand>());
    return commands;
}

// The top level: options, then a command whose own options the command parses.
struct TopLevel {
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("CommandLine", "Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("CommandLine", "Show the version.")};

    explicit TopLevel(const std::vector<std::unique_ptr<Subcommand>> &commands)
    {
        QString description = QCoreApplication::translate(
            "CommandLine", "Plan and track OKRs in one local file.\n\n"
                           "quarterdeck [FILE] opens FILE (or your default document) in the window.\n"
                           "quarterdeck COMMAND [options] runs headless. Commands:\n");
        for (const auto &command : commands)
            description += QStringLiteral("  %1 %2\n").arg(command->name(), -10).arg(command->summary());
        description +=
            QCoreApplication::translate("CommandLine", "\nRun 'quarterdeck COMMAND --help' for a command's options.");
        parser.setApplicationDescription(description);
        parser.addOption(help);
        parser.addOption(version);
        parser.addPositionalArgument(QStringLiteral("COMMAND | FILE"),
                                     QCoreApplication::translate("CommandLine", "A command, or a document to open."));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    }
};

} // namespace

bool CommandLine::isHeadless(const QStringList &arguments)
{
    const auto commands = allCommands();
    TopLevel topLevel(commands);
    if (!topLevel.parser.parse(arguments))
        return true; // a usage error is reported without a window
    if (topLevel.parser.isSet(topLevel.help) || topLevel.parser.isSet(topLevel.version))
        return true;
    const QString first = topLevel.parser.positionalArguments().value(0);
    return std::any_of(commands.cbegin(), commands.cend(),
                       [&](const auto &command) { return command->name() == first; });
}

bool CommandLine::needsGuiApplication(const QStringList &arguments)
{
    const auto commands = allCommands();
    TopLevel topLevel(commands);
    if (!topLevel.parser.parse(arguments))
        return false;
    const QString first = topLevel.parser.positionalArguments().value(0);
    return std::any_of(commands.cbegin(), commands.cend(), [&](const auto &command) {
        return command->name() == first && command->needsGuiApplication(arguments);
    });
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err, const PdfDrawing *drawing)
{
    const auto commands = allCommands(drawing);
    TopLevel topLevel(commands);
    if (!topLevel.parser.parse(arguments)) {
        err << QStringLiteral("quarterdeck: %1\n").arg(topLevel.parser.errorText());
        return Subcommand::UsageError;
    }
    if (topLevel.parser.isSet(topLevel.version)) {
        out << QStringLiteral("quarterdeck %1\n").arg(QStringLiteral(QUARTERDECK_VERSION));
        return Subcommand::Success;
    }
    if (topLevel.parser.isSet(topLevel.help)) {
        out << topLevel.parser.helpText();
        return Subcommand::Success;
    }
    const QString first = topLevel.parser.positionalArguments().value(0);
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(arguments, out, err);
    }
    err << QCoreApplication::translate("CommandLine", "quarterdeck: unknown command '%1'\n")
               .arg(PrintableText::escaped(first))
        << QCoreApplication::translate("CommandLine", "Try 'quarterdeck --help'.\n");
    return Subcommand::UsageError;
}

QString CommandLine::documentArgument(const QStringList &arguments)
{
    const auto commands = allCommands();
    TopLevel topLevel(commands);
    return topLevel.parser.parse(arguments) ? topLevel.parser.positionalArguments().value(0) : QString();
}

void CommandLine::describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quarterdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Quarterdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUARTERDECK_VERSION));
    EnglishPlurals::install();
    InterfaceLanguage::install(); // after EnglishPlurals: the translator installed last is asked first
}
