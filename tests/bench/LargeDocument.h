#pragma once

#include <QString>

// The 1,000-team organisation the benchmarks measure: the file named by QUARTERDECK_BENCH_DOCUMENT (made by
// `quarterdeck generate FILE --teams 1000 --cycles 8`), otherwise one generated like it, up to today, once per run
// and shared by every benchmark of the run (writing it takes about a minute).
namespace LargeDocument {

const QString &path();

} // namespace LargeDocument
