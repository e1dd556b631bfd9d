#include "support/catch.h"

#include "text/EnglishPlurals.h"

#include <QCoreApplication>

// The test main installs the English plural forms, as the application does.
TEST_CASE("Counted texts should read in English, never with (s)", "[text]")
{
    const auto counted = [](int n) {
        return QCoreApplication::translate("Test", "Checked in %n key result(s) of %1.", nullptr, n)
            .arg(QStringLiteral("Sales"));
    };
    CHECK(counted(1) == QStringLiteral("Checked in 1 key result of Sales."));
    CHECK(counted(0) == QStringLiteral("Checked in 0 key results of Sales."));
    CHECK(counted(3) == QStringLiteral("Checked in 3 key results of Sales."));
    // A text without a count stays as written.
    CHECK(QCoreApplication::translate("Test", "Weigh the option(s) first.") ==
          QStringLiteral("Weigh the option(s) first."));
}

TEST_CASE("A translation installed after the English plurals should take precedence", "[text]")
{
    class French : public QTranslator {
    public:
        QString translate(const char *, const char *, const char *, int n) const override
        {
            return n == 1 ? QStringLiteral("%n équipe") : QStringLiteral("%n équipes");
        }
        bool isEmpty() const override { return false; }
    } french;
    QCoreApplication::installTranslator(&french);
    const QString translated = QCoreApplication::translate("Test", "%n team(s)", nullptr, 2);
    QCoreApplication::removeTranslator(&french);
    CHECK(translated == QStringLiteral("2 équipes"));
    CHECK(QCoreApplication::translate("Test", "%n team(s)", nullptr, 2) == QStringLiteral("2 teams"));
}
