#include "cli/DemoSubcommand.h"

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
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, tr("expected exactly one FILE."));
    const std::unique_ptr<Document> document = createDocument(files.first(), err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
        out << tr("Wrote the demo company to %1\n").arg(files.first());
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
