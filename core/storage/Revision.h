#pragma once

#include <QtGlobal>

// A row's revision: the id of the change (in the document's change log) that last wrote it, 0 when it was not
// written since the document had revisions. NotStored stands for a row that does not exist (not yet, or no more).
using Revision = qint64;
inline constexpr Revision NotStored = -1;
