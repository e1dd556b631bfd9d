#pragma once
// Lets the tests build against Catch2 2 (Debian bookworm) and Catch2 3 (newer distributions).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
