// Text written before the limits, for `make bench`: a title (and key result title) of 1 KB, 100 KB and 1 MB in an
// existing document, and how long the coach, the quarter report and the window take with it. Before the fix the
// coach and the report grew with the square of the length. Figures only, no assertions on time.
#include "support/catch.h"

#include "coach/Coach.h"
#include "pdf/PdfReportWriter.h"
#include "report/ReportBuilder.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "storage/Statement.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

#include <iostream>

namespace {

// Words and numbers, as a pasted page would have them: numbers are what the coach reads closest.
QString longText(qsizetype length)
{
    QString text;
    text.reserve(length + 16);
    for (int n = 0; text.size() < length; ++n)
        text += QStringLiteral("grow revenue from %1 to %2 ").arg(n).arg(n + 1);
    text.truncate(length);
    return text;
}

// A document as the old code wrote it: an objective and a key result whose titles are `title`.
void writeDocument(const QString &path, const QString &title)
{
    const std::unique_ptr<Document> document = Document::create(path);
    Repository repository(*document);
    const Id teamId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
    const QDate today = QDate::currentDate();
    const Id cycleId = repository.cycles().add(
        {NoId, QStringLiteral("Now"), today.addDays(-30), today.addDays(60), CycleState::Active, false});
    Objective objective;
    objective.cycleId = cycleId;
    objective.teamId = teamId;
    objective.title = QStringLiteral("Short");
    KeyResult keyResult;
    keyResult.objectiveId = repository.plan().addObjective(objective);
    keyResult.title = QStringLiteral("Short");
    keyResult.target = 10;
    repository.plan().addKeyResult(keyResult);
    for (const QString &table : {QStringLiteral("objectives"), QStringLiteral("key_results")})
        Statement(*document, QStringLiteral("UPDATE %1 SET title = :title").arg(table))
            .bind(QStringLiteral("title"), title)
            .exec();
}

} // namespace

TEST_CASE("Long text written before the limits", "[limits][bench]")
{
    QSettings().clear();
    for (const qsizetype length : {qsizetype(1000), qsizetype(100000), qsizetype(1000000)}) {
        const QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("long.okr"));
        const QString title = longText(length);
        writeDocument(path, title);
        QElapsedTimer timer;

        timer.start();
        const KeyResultReview review = Coach().reviewKeyResult(title);
        const qint64 coachMs = timer.restart();

        {
            const std::unique_ptr<Document> document = Document::open(path);
            Repository repository(*document);
            const ReportBuilder report(repository, repository.cycles().active()->id, NoId,
                                       QDateTime::currentDateTime());
            PdfReportWriter(report).write(folder.filePath(QStringLiteral("long.pdf")));
        }
        const qint64 reportMs = timer.restart();

        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.openDocument(path);
        QCoreApplication::processEvents();
        const qint64 windowMs = timer.elapsed();

        std::cout << "Title of " << length << " characters: coach " << coachMs << " ms (" << review.flags.size()
                  << " flags), report " << reportMs << " ms, window open and shown " << windowMs << " ms\n";
    }
}
