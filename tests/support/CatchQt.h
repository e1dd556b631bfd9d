#pragma once

#include "support/catch.h"

#include <QString>

// Lets Catch2 print QStrings in failure messages instead of "{?}".
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
