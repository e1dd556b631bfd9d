#include "DemoCommand.h"

#include "DemoCompany.h"
#include "Document.h"
#include "DocumentError.h"
#include "Repository.h"

#include <QCoreApplication>

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("DemoCommand", "Write the demo company into a new document.");
}

void DemoCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("DemoCommand", "The new document, e.g. demo.okr."));
}

int DemoCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(err, QCoreApplication::translate("DemoCommand", "expected exactly one FILE."));
    const std::unique_ptr<Document> document = createDocument(files.first(), err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        DemoCompany::write(repository, QDate::currentDate());
        out << QCoreApplication::translate("DemoCommand", "Wrote the demo company to %1\n").arg(files.first());
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
