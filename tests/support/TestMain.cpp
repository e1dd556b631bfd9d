// The one test main: sets up a headless Qt application before Catch2 runs the tests.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"
#include "text/EnglishPlurals.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
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

#ifdef QUARTERDECK_TEST_GUI
namespace {

// The screen the window is built for, a 1366x768 laptop, instead of the offscreen platform's 800x800: windows,
// dialogs and presentation mode are tried on it (ScreenFit, the first window's size).
void useLaptopScreen(const QTemporaryDir &directory)
{
    const QString path = directory.filePath(QStringLiteral("laptop-screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef QUARTERDECK_TEST_GUI
    const QTemporaryDir screenDirectory;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        useLaptopScreen(screenDirectory);
#endif
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
    // The quarterdeck processes tests start speak English, whatever language the machine speaks (InterfaceLanguage).
    qputenv("LANGUAGE", "en");
    const QTemporaryDir cacheDirectory; // for the quarterdeck processes tests start, which are not in test mode
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheDirectory.path()));
    const QTemporaryDir settingsDirectory;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDirectory.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDirectory.path());
    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Quarterdeck"));
    TestApplication::setApplicationName(QStringLiteral("quarterdeck-tests"));
    EnglishPlurals::install(); // as the application does: tests read the texts people see
    return Catch::Session().run(argc, argv);
}
