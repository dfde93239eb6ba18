// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: a QCoreApplication, byte helpers and FUZZ_CHECK for invariants.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace textbench::fuzz {

/// A broken invariant is a finding: say which, then abort so that libFuzzer saves the input as a crash.
[[noreturn]] inline void fail(const char* condition, const char* file, int line, const QString& detail = {})
{
    std::fprintf(stderr, "\n==FUZZ CHECK FAILED== %s:%d: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

/// The fuzzer's bytes, not copied (they outlive the call).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// A QCoreApplication for the whole run, as the app has one (translations, locale, time zones).
inline void initApplication(int* argc, char*** argv)
{
    static int appArgc = 1;
    static char* appArgv[] = { (*argc > 0 && *argv) ? (*argv)[0] : const_cast<char*>("fuzz"), nullptr };
    static QCoreApplication app(appArgc, appArgv);
}

} // namespace textbench::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::textbench::fuzz::fail(#condition, __FILE__, __LINE__);                                                   \
    } while (false)

#define FUZZ_CHECK_MSG(condition, detail)                                                                              \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::textbench::fuzz::fail(#condition, __FILE__, __LINE__, (detail));                                         \
    } while (false)

/// Every target creates the application before the first input.
#define TEXTBENCH_FUZZ_INITIALIZE()                                                                                    \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                                       \
    {                                                                                                                  \
        ::textbench::fuzz::initApplication(argc, argv);                                                                \
        return 0;                                                                                                      \
    }
