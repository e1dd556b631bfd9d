#pragma once

#include "Cycle.h"
#include "Document.h"
#include "Repository.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

// The demo company in a temporary document with an undo stack, for the review, KPI and cycle widgets: the quarter
// before the active one closed, graded and reviewed; the active one running, ungraded; four KPIs.
struct CycleUiFixture {
    CycleUiFixture();

    Id teamNamed(const char *name) const;

    QTemporaryDir folder;
    std::unique_ptr<Document> document;
    std::unique_ptr<Repository> repository;
    QUndoStack undoStack;
    Cycle closedQuarter;
    Cycle activeQuarter;
};
