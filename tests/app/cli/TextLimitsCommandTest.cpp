#include "support/catch.h"

#include "app/support/CommandRunner.h"
#include "model/TextLimits.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

struct DemoDocument {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("demo.okr"));

    DemoDocument() { REQUIRE(runCommand({QStringLiteral("demo"), path}).exitCode == 0); }

    QByteArray bytes() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QString tooLong(TextField field)
{
    return QString(TextLimits::maximum(field) + 1, QLatin1Char('z'));
}

} // namespace

TEST_CASE("Command line text over its limit should be refused with the field named, exit 2 and no change",
          "[app][limits]")
{
    DemoDocument demo;
    const QByteArray before = demo.bytes();
    struct Case {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("checkin"), demo.path, QStringLiteral("--team"), QStringLiteral("Sales"),
          QStringLiteral("--kr"), QStringLiteral("1=2"), QStringLiteral("--comment"),
          tooLong(TextField::UpdateComment)},
         QStringLiteral("--comment: The check-in comment has 4,001 character")},
        {{QStringLiteral("cycle"), demo.path, QStringLiteral("new"), QStringLiteral("--name"),
          tooLong(TextField::CycleName), QStringLiteral("--start"), QStringLiteral("2031-02-01"),
          QStringLiteral("--end"), QStringLiteral("2031-03-15")},
         QStringLiteral("--name: The cycle name has 201 character")},
        {{QStringLiteral("kpi"), demo.path, QStringLiteral("add"), tooLong(TextField::KpiName),
          QStringLiteral("--team"), QStringLiteral("Sales"), QStringLiteral("--target"), QStringLiteral("4")},
         QStringLiteral("NAME: The KPI name has 201 character")},
        {{QStringLiteral("kpi"), demo.path, QStringLiteral("add"), QStringLiteral("Deals"), QStringLiteral("--team"),
          QStringLiteral("Sales"), QStringLiteral("--unit"), tooLong(TextField::UnitLabel), QStringLiteral("--target"),
          QStringLiteral("4")},
         QStringLiteral("--unit: The unit label has 101 character")},
    };
    for (const Case &refused : cases) {
        const CommandOutcome outcome = runCommand(refused.arguments);
        INFO(refused.arguments.mid(0, 3).join(QLatin1Char(' ')).toStdString() << ": " << outcome.err.toStdString());
        CHECK(outcome.exitCode == 2);
        CHECK(outcome.err.contains(refused.message));
        CHECK(outcome.out.isEmpty());
    }
    CHECK(demo.bytes() == before);
}
