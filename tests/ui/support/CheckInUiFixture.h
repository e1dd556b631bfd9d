#pragma once

#include "checkin/CheckInService.h"
#include "document/DocumentSession.h"
#include "document/ShownPlan.h"
#include "storage/Repository.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

// A live quarter around today for the check-in widgets (they use the real date): Sales has two key results and
// checked in last week with one unfinished plan; this week is not checked in yet.
struct CheckInUiFixture {
    QTemporaryDir folder;
    std::unique_ptr<DocumentSession> session = DocumentSession::create(folder.filePath(QStringLiteral("plan.okr")));
    Repository &repository = session->repository();
    QUndoStack &undoStack = *session->undoStack();
    ShownPlan shownPlan; // of the live quarter, following the session as the window's does
    IsoWeek thisWeek = IsoWeek::containing(QDate::currentDate());
    IsoWeek lastWeek = thisWeek.previous();

    Id companyId = NoId;
    Id salesId = NoId;
    Id cycleId = NoId;
    Id npsId = NoId;   // 20 -> 50 points
    Id churnId = NoId; // 10 -> 5 %

    CheckInUiFixture();
};
