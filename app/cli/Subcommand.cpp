#include "cli/Subcommand.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"

#include <QFileInfo>

int Subcommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
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

int Subcommand::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("quarterdeck %1: %2\n").arg(name(), message) << tr("Try 'quarterdeck %1 --help'.").arg(name())
        << '\n';
    return UsageError;
}

std::optional<QString> Subcommand::singleFile(const QCommandLineParser &parser, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() == 1)
        return files.first();
    usageError(err, tr("expected exactly one FILE."));
    return std::nullopt;
}

std::optional<QString> Subcommand::requiredValue(const QCommandLineParser &parser, const QString &option,
                                                 const QString &valueName, QTextStream &err) const
{
    const QString value = parser.value(option);
    if (!value.isEmpty())
        return value;
    usageError(err, tr("--%1 %2 is required.").arg(option, valueName));
    return std::nullopt;
}

int Subcommand::failure(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("quarterdeck %1: %2\n").arg(name(), message);
    return Failure;
}

bool Subcommand::fitsLimit(const QString &argument, TextField field, const QString &value, QTextStream &err) const
{
    if (TextLimits::fits(field, value))
        return true;
    usageError(err, QStringLiteral("%1: %2").arg(argument, TextLimits::tooLong(field, value.size())));
    return false;
}

std::unique_ptr<Document> Subcommand::createDocument(const QString &path, QTextStream &err) const
{
    if (QFileInfo::exists(path)) {
        failure(err, tr("%1 already exists; choose a new file name.").arg(path));
        return nullptr;
    }
    try {
        return Document::open(path, Document::OpenMode::CreateIfMissing);
    } catch (const DocumentError &error) {
        failure(err, error.message());
        return nullptr;
    }
}

std::unique_ptr<Document> Subcommand::openDocument(const QString &path, QTextStream &err) const
{
    try {
        return Document::open(path, Document::OpenMode::OpenExisting);
    } catch (const DocumentError &error) {
        failure(err, error.message());
        return nullptr;
    }
}
