#include "core/storage/StorageTestSupport.h"

#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QFile>
#include <QFileInfo>

namespace StorageTestSupport {

ClosedDocument::ClosedDocument()
{
    const std::unique_ptr<Document> document = Document::create(path);
    Repository repository(*document);
    addSamplePlan(repository, 20, 2, 3, 1, 8);
}

FileSnapshot FileSnapshot::of(const QString &path)
{
    FileSnapshot snapshot;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        snapshot.bytes = file.readAll();
    snapshot.modified = QFileInfo(path).lastModified();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            snapshot.journalFiles.append(path + suffix);
    }
    return snapshot;
}

QString openError(const QString &path, Document::OpenMode mode)
{
    try {
        Document::open(path, mode);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

QString createError(const QString &path)
{
    try {
        Document::create(path);
    } catch (const DocumentError &error) {
        return error.message();
    }
    return {};
}

QString integrityCheck(Document &document)
{
    QSqlQuery query = document.exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(u'\n');
}

qsizetype foreignKeyViolations(Document &document)
{
    QSqlQuery query = document.exec(QStringLiteral("PRAGMA foreign_key_check"));
    qsizetype violations = 0;
    while (query.next())
        ++violations;
    return violations;
}

qint64 rowCount(Document &document, const QString &table)
{
    QSqlQuery query = document.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

Id addKeyResultWithObjective(Repository &repository, Id cycleId, Id teamId, const QString &title, double start,
                             double target, QDate addedOn)
{
    Objective objective;
    objective.cycleId = cycleId;
    objective.teamId = teamId;
    objective.title = QStringLiteral("Objective of ") + title;
    objective.position = -1;
    KeyResult keyResult;
    keyResult.objectiveId = repository.plan().addObjective(objective);
    keyResult.title = title;
    keyResult.start = start;
    keyResult.target = target;
    keyResult.kind = target < start ? KeyResultKind::Decrease : KeyResultKind::Increase;
    keyResult.position = -1;
    keyResult.addedOn = addedOn;
    return repository.plan().addKeyResult(keyResult);
}

Id addSamplePlan(Repository &repository, int teamCount, int objectivesPerTeam, int keyResultsPer, int initiativesPer,
                 int weeks)
{
    Id cycleId = NoId;
    repository.document().transaction([&] {
        cycleId = repository.cycles().add(
            {NoId, QStringLiteral("2026 Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30), CycleState::Active, false});
        const Id companyId = repository.teams().add({NoId, NoId, QStringLiteral("Acme")});
        const IsoWeek firstWeek = IsoWeek::containing(QDate(2026, 7, 1));
        for (int teamNumber = 0; teamNumber < teamCount; ++teamNumber) {
            const Id teamId = repository.teams().add({NoId, companyId, QStringLiteral("Team %1").arg(teamNumber)});
            QList<Id> keyResultIds;
            for (int objectiveNumber = 0; objectiveNumber < objectivesPerTeam; ++objectiveNumber) {
                Objective objective;
                objective.cycleId = cycleId;
                objective.teamId = teamId;
                objective.title = QStringLiteral("Objective %1").arg(objectiveNumber);
                objective.position = -1;
                const Id objectiveId = repository.plan().addObjective(objective);
                for (int keyResultNumber = 0; keyResultNumber < keyResultsPer; ++keyResultNumber) {
                    KeyResult keyResult;
                    keyResult.objectiveId = objectiveId;
                    keyResult.title = QStringLiteral("Key result %1").arg(keyResultNumber);
                    keyResult.target = 100;
                    keyResult.position = -1;
                    const Id keyResultId = repository.plan().addKeyResult(keyResult);
                    keyResultIds.append(keyResultId);
                    for (int initiativeNumber = 0; initiativeNumber < initiativesPer; ++initiativeNumber) {
                        Initiative initiative;
                        initiative.keyResultId = keyResultId;
                        initiative.title = QStringLiteral("Initiative %1").arg(initiativeNumber);
                        initiative.position = -1;
                        repository.plan().addInitiative(initiative);
                    }
                }
            }
            IsoWeek week = firstWeek;
            for (int weekNumber = 0; weekNumber < weeks; ++weekNumber, week = week.next()) {
                CheckIn checkIn;
                checkIn.teamId = teamId;
                checkIn.week = week;
                for (const Id keyResultId : std::as_const(keyResultIds))
                    checkIn.updates.append({keyResultId, 5.0 * weekNumber, Confidence::OnTrack, QString()});
                repository.checkIns().save(checkIn);
            }
        }
    });
    return cycleId;
}

} // namespace StorageTestSupport
