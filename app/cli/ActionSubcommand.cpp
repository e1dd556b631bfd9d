#include "cli/ActionSubcommand.h"

#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <algorithm>

ActionSubcommand::ActionSubcommand(QDate today)
    : m_today(today)
{
}

void ActionSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), actionNames() + u'.');
    configureOptions(parser);
}

QString ActionSubcommand::actionNames() const
{
    QStringList names;
    for (const Action &action : actions())
        names.append(action.name);
    const QString last = names.takeLast();
    return names.isEmpty() ? last : tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

int ActionSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2)
        return usageError(err, tr("expected FILE and an ACTION."));
    const QString &action = arguments.at(1);
    const QStringList operands = arguments.mid(2);
    const QList<Action> known = actions();
    const auto found =
        std::find_if(known.cbegin(), known.cend(), [&action](const Action &each) { return each.name == action; });
    if (found == known.cend())
        return usageError(err, tr("unknown action '%1'; expected %2.").arg(action, actionNames()));
    if (operands.size() != found->operands)
        return usageError(err, tr("'%1' takes %n argument(s), not %2.", nullptr, found->operands)
                                   .arg(action, QString::number(operands.size())));

    const std::unique_ptr<Document> document = openDocument(
        arguments.at(0), found->changesDocument ? Document::OpenMode::ReadWrite : Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        return runAction(action, operands, repository, parser, out, err);
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
