#pragma once

#include "document/DocumentSession.h"
#include "model/Cycle.h"
#include "storage/Repository.h"

#include <QTemporaryDir>

#include <memory>

// The demo company in a temporary document open in a session, for the review, KPI and cycle widgets: the quarter
// before the active one closed, graded and reviewed; the active one running, ungraded; four KPIs.
struct CycleUiFixture {
    CycleUiFixture();

    Id teamNamed(const char *name) const;
    int undoSteps() const;

    QTemporaryDir folder;
    std::unique_ptr<DocumentSession> session;
    Repository *repository = nullptr; // the session's
    Cycle closedQuarter;
    Cycle activeQuarter;
};
