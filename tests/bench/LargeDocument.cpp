#include "bench/LargeDocument.h"

#include "sample/OrganisationGenerator.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <iostream>

namespace LargeDocument {

const QString &path()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString given = qEnvironmentVariable("QUARTERDECK_BENCH_DOCUMENT");
        if (!given.isEmpty())
            return given;
        QElapsedTimer timer;
        timer.start();
        const QString generated = folder.filePath(QStringLiteral("large.okr"));
        const std::unique_ptr<Document> document = Document::create(generated);
        Repository repository(*document);
        const GeneratorSummary summary = OrganisationGenerator::write(repository, {1000, 8, 1, QDate::currentDate()});
        std::cout << "Generated " << summary.teams << " teams, " << summary.cycles << " cycles, " << summary.objectives
                  << " objectives, " << summary.keyResults << " key results, " << summary.checkIns << " check-ins in "
                  << timer.elapsed() << " ms\n";
        return generated;
    }();
    return path;
}

} // namespace LargeDocument
