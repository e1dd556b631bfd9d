#include "cli/DemoSubcommand.h"

#include "cli/PrintableText.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/Repository.h"

QString DemoSubcommand::summary() const
{
    return tr("Write the demo company into a new document.");
}

void DemoSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The new document, e.g. demo.okr."));
}

int DemoSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    const auto writeDemo = [](Repository &repository) { DemoCompany::write(repository, QDate::currentDate()); };
    if (!createDocument(*file, writeDemo, err))
        return Failure;
    out << tr("Wrote the demo company to %1\n").arg(PrintableText::escaped(*file));
    return Success;
}
