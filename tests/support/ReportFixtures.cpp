#include "support/ReportFixtures.h"

#include "sample/DemoCompany.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

DemoReportDocument::DemoReportDocument()
    : document(Document::create(directory.filePath(QStringLiteral("demo.okr"))))
    , repository(std::make_unique<Repository>(*document))
{
    DemoCompany::write(*repository, QDate::currentDate());
    const Cycle cycle = activeCycle();
    Objective objective;
    objective.cycleId = cycle.id;
    objective.teamId = repository->teams().byName(QStringLiteral("Product"))->id;
    objective.title = markupTitle();
    objective.position = -1;
    KeyResult keyResult;
    keyResult.objectiveId = repository->plan().addObjective(objective);
    keyResult.title = markupKeyResult();
    keyResult.start = 40;
    keyResult.target = 10;
    keyResult.kind = KeyResultKind::Decrease;
    keyResult.unitLabel = QStringLiteral("<tickets>");
    keyResult.owner = QStringLiteral("Ann & <Bob>");
    keyResult.position = -1;
    keyResult.addedOn = cycle.start; // planned with the cycle: paced, and so among the most at risk
    repository->plan().addKeyResult(keyResult);
}

Cycle DemoReportDocument::activeCycle() const
{
    return *repository->cycles().active();
}

Cycle DemoReportDocument::closedCycle() const
{
    for (const Cycle &cycle : repository->cycles().all()) {
        if (cycle.state == CycleState::Closed)
            return cycle;
    }
    return {};
}

QStringList DemoReportDocument::objectiveTitles(Id cycleId) const
{
    QStringList titles;
    for (const Objective &objective : repository->queries().loadCyclePlan(cycleId).objectives)
        titles.append(objective.title);
    return titles;
}

QString DemoReportDocument::close()
{
    const QString path = document->path();
    repository.reset();
    document.reset();
    return path;
}

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QList<ReportTeam> sectionsOf(const ReportBuilder &content)
{
    QList<ReportTeam> sections;
    for (qsizetype index = 0; index < content.sectionCount(); ++index)
        sections.append(content.section(index));
    return sections;
}

namespace PdfTools {

bool hasPopplerTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

QString text(const QString &pdfPath)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

QString layoutText(const QString &pdfPath)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                             pdfPath, QStringLiteral("-")});
}

QString fonts(const QString &pdfPath)
{
    return run(QStringLiteral("pdffonts"), {pdfPath});
}

QString simplified(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return QString(text).replace(whitespace, QStringLiteral(" "));
}

} // namespace PdfTools
