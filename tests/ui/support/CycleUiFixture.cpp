#include "ui/support/CycleUiFixture.h"

#include "sample/DemoCompany.h"

#include "support/catch.h"

#include <QUndoStack>

CycleUiFixture::CycleUiFixture()
    : session(DocumentSession::create(folder.filePath(QStringLiteral("demo.okr"))))
    , repository(&session->repository())
{
    DemoCompany::write(*repository, QDate::currentDate());
    const QList<Cycle> cycles = repository->cycles().all();
    REQUIRE(cycles.size() == 2);
    closedQuarter = cycles.at(0);
    activeQuarter = cycles.at(1);
}

Id CycleUiFixture::teamNamed(const char *name) const
{
    const std::optional<Team> team = repository->teams().byName(QLatin1String(name));
    REQUIRE(team);
    return team->id;
}

int CycleUiFixture::undoSteps() const
{
    return session->undoStack()->count();
}
