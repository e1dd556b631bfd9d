#include "cli/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString SourceLanguage = QStringLiteral("en");
// Where qt_add_translations puts the compiled translations (app/CMakeLists.txt): quarterdeck_LANGUAGE.qm.
const QString TranslationsFolder = QStringLiteral(":/translations");

QString languageOf(const QString &localeName)
{
    return localeName.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

// The locale the system formats numbers and dates in (LC_ALL, LC_NUMERIC, LANG). Not QLocale::system()'s language:
// that follows LANGUAGE, while its formats stay these.
QLocale systemFormats()
{
    for (const char *variable : {"LC_ALL", "LC_NUMERIC", "LANG"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return QLocale(name);
    }
    return QLocale::c();
}

void installTranslation(const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

QString InterfaceLanguage::settingsKey()
{
    return QStringLiteral("interface/language");
}

QStringList InterfaceLanguage::available()
{
    QStringList languages{SourceLanguage};
    const QStringList files =
        QDir(TranslationsFolder).entryList({QStringLiteral("quarterdeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString InterfaceLanguage::pick(const QString &chosen, const QStringList &preferred)
{
    const QStringList translated = available();
    if (translated.contains(languageOf(chosen)))
        return languageOf(chosen);
    for (const QString &name : preferred) {
        if (translated.contains(languageOf(name)))
            return languageOf(name);
    }
    return SourceLanguage;
}

QString InterfaceLanguage::install()
{
    const QString chosen = QSettings().value(settingsKey()).toString();
    const QString language = pick(chosen, QLocale::system().uiLanguages());
    install(language);
    return language;
}

void InterfaceLanguage::install(const QString &language)
{
    const QLocale locale(language);
    if (systemFormats().language() != locale.language())
        QLocale::setDefault(locale);
    if (language == SourceLanguage)
        return; // the source texts, with EnglishPlurals' plural forms
    installTranslation(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslation(QStringLiteral("quarterdeck_%1").arg(language), TranslationsFolder);
}
