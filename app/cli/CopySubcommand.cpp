#include "cli/CopySubcommand.h"

#include "cli/PrintableText.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/ServerConnection.h"
#include "storage/ServerCopy.h"

#include <limits>

QString CopySubcommand::summary() const
{
    return tr("Copy a document to an organisation database on a server, or back.");
}

void CopySubcommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Copy a whole document between a file and an organisation database on a PostgreSQL server, in one "
           "transaction: up, to move an organisation from a laptop to its server; down, to keep a copy of the "
           "server in a file.\n"
           "A server is named by a URL: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=require...]. What it "
           "leaves out comes from libpq's defaults (PGHOST, PGUSER, PGPASSWORD, PGSERVICE, ~/.pgpass).\n"
           "The target must be empty: a database without an organisation (its tables are created), or a file that "
           "does not exist yet."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The document file, or the server's URL."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), tr("The server's URL, or the new document file."));
}

int CopySubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return usageError(err, tr("expected SOURCE and TARGET."));
    const QString &source = arguments.at(0);
    const QString &target = arguments.at(1);
    const bool up = ServerAddress::isServerAddress(target);
    if (up == ServerAddress::isServerAddress(source))
        return usageError(err, tr("one of SOURCE and TARGET must be a postgresql:// URL, the other a file."));
    try {
        qint64 rows = 0;
        QString from = source;
        QString to = target;
        if (up) {
            const std::unique_ptr<Document> document = openDocument(source, Document::OpenMode::ReadOnly, err);
            if (!document)
                return Failure;
            const ServerConnection server(ServerAddress::parse(target));
            to = server.address().displayName();
            rows = ServerCopy::toServer(*document, server);
        } else {
            const ServerConnection server(ServerAddress::parse(source));
            from = server.address().displayName();
            rows = ServerCopy::toFile(server, target);
        }
        out << tr("Copied %1 to %2 (%n row(s)).\n", nullptr,
                  int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                   .arg(PrintableText::escaped(from), PrintableText::escaped(to));
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
    return Success;
}
