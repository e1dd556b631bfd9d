// The one test main: sets up a headless Qt application before Catch2 runs the tests.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"
#include "text/EnglishPlurals.h"

#include <QByteArray>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

#ifdef QUARTERDECK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtimeDir = "/tmp/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtimeDir));
        QFile::setPermissions(QString::fromLocal8Bit(runtimeDir),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir);
    }
    // Settings and recent files of tests never touch the user's own, nor another test process's (ctest runs
    // test cases in parallel processes).
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settingsDirectory;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDirectory.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDirectory.path());
    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Quarterdeck"));
    TestApplication::setApplicationName(QStringLiteral("quarterdeck-tests"));
    EnglishPlurals::install(); // as the application does: tests read the texts people see
    return Catch::Session().run(argc, argv);
}
