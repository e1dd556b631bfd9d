#pragma once

#include "board/ProgressBoardFilterModel.h"
#include "board/ProgressBoardModel.h"
#include "ui/support/WarningRecorder.h"

#include <QAbstractItemModelTester>

// The board's model and its filter model over it, each watched by QAbstractItemModelTester from the start. The
// testers report through Qt warnings, collected here: drive the models, then require warnings.warnings() empty.
struct TestedBoardModels {
    TestedBoardModels();

    WarningRecorder warnings; // first: it must outlive the testers
    ProgressBoardModel model;
    ProgressBoardFilterModel filterModel;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester filterTester;
};
