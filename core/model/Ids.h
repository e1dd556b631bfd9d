#pragma once

#include <QtGlobal>

// Row ids of the document. 0 means "none" (not yet stored, or no parent).
using Id = qint64;
inline constexpr Id NoId = 0;
