#include "fuzz/FuzzTarget.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

// A QCoreApplication for the whole run, as the command line has (SQL drivers, translations). It lives until exit:
// libFuzzer ends the process itself.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const std::unique_ptr<QCoreApplication> application = std::make_unique<QCoreApplication>(*argc, *argv);
    return 0;
}

QByteArray FuzzTarget::bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString FuzzTarget::text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

void FuzzTarget::require(bool holds, const char *promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "Broken promise: %s\n", promise);
    std::abort();
}
