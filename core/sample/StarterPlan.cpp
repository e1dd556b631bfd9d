#include "sample/StarterPlan.h"

#include "model/Quarter.h"
#include "storage/Document.h"
#include "storage/Repository.h"

void StarterPlan::write(Repository &repository, const QString &companyName, QDate today)
{
    repository.document().transaction([&] {
        repository.teams().add({NoId, NoId, companyName});
        Cycle quarter = Quarter::containing(today);
        quarter.state = CycleState::Active;
        repository.cycles().add(quarter);
    });
}
