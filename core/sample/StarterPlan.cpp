#include "sample/StarterPlan.h"

#include "model/Quarter.h"
#include "storage/Document.h"
#include "storage/Repository.h"
#include "teams/TeamService.h"

void StarterPlan::write(Repository &repository, const QString &companyName, QDate today, const QStringList &teamNames)
{
    repository.document().transaction([&] {
        const Id companyId = repository.teams().add({NoId, NoId, companyName.trimmed()});
        TeamService teams(repository);
        for (const QString &name : teamNames) {
            if (!name.trimmed().isEmpty())
                teams.add(name, companyId);
        }
        Cycle quarter = Quarter::containing(today);
        quarter.state = CycleState::Active;
        repository.cycles().add(quarter);
    });
}
