#include "support/catch.h"

#include "storage/ChangeLog.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QCoreApplication>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace {

void runBinary(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(QUARTERDECK_BINARY), arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

} // namespace

TEST_CASE("A write by the quarterdeck binary should be logged as the command line's, naming the command",
          "[app][changes][process]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.okr"));
    runBinary({QStringLiteral("demo"), path});
    runBinary({QStringLiteral("kpi"), path, QStringLiteral("add"), QStringLiteral("Uptime"), QStringLiteral("--target"),
               QStringLiteral("99")});

    const auto document = Document::open(path);
    const std::optional<ChangeRecord> change = ChangeLog(*document).latest();
    REQUIRE(change.has_value());
    CHECK(change->writer == ChangeRecord::Writer::CommandLine);
    CHECK(change->summary == QStringLiteral("kpi %1 add Uptime --target 99").arg(path));
    CHECK(change->pid != QCoreApplication::applicationPid());
    CHECK(change->describe().startsWith(QStringLiteral("the command line")));
    Repository repository(*document);
    const QList<Kpi> kpis = repository.kpis().all();
    const auto uptime =
        std::find_if(kpis.cbegin(), kpis.cend(), [](const Kpi &kpi) { return kpi.name == QStringLiteral("Uptime"); });
    REQUIRE(uptime != kpis.cend());
    CHECK(repository.kpis().revision(uptime->id) == change->id);
}
