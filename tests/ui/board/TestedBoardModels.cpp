#include "ui/board/TestedBoardModels.h"

TestedBoardModels::TestedBoardModels()
    : modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning)
    , filterTester(&filterModel, QAbstractItemModelTester::FailureReportingMode::Warning)
{
    filterModel.setBoardModel(&model);
}
