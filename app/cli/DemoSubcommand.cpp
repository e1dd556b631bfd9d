#include "cli/DemoSubcommand.h"

#include "cli/PrintableText.h"
#include "sample/DemoCompany.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
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
    const std::unique_ptr<Document> document = createDocument(*file, err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
        out << tr("Wrote the demo company to %1\n").arg(PrintableText::escaped(*file));
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
