#include "support/catch.h"

#include "cli/DefaultDocument.h"
#include "storage/Document.h"
#include "storage/Repository.h"

#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE("The first start should be known by the missing default document", "[app][first-start]")
{
    QTemporaryDir folder;
    CHECK(DefaultDocument::isFirstStart(folder.path()));
    QString messages;
    QTextStream err(&messages);
    REQUIRE_FALSE(DefaultDocument::ensureExample(err, QDate(2026, 11, 20), folder.path()).isEmpty());
    CHECK(DefaultDocument::isFirstStart(folder.path())); // exploring the example is no start of one's own
    REQUIRE_FALSE(
        DefaultDocument::createOrganisation(QStringLiteral("Acme"), {}, err, QDate(2026, 11, 20), folder.path())
            .isEmpty());
    CHECK_FALSE(DefaultDocument::isFirstStart(folder.path()));
}

TEST_CASE("The example company should live in a document of its own", "[app][first-start]")
{
    QTemporaryDir folder;
    QString messages;
    QTextStream err(&messages);
    const QString example = DefaultDocument::ensureExample(err, QDate(2026, 11, 20), folder.path());
    INFO(messages.toStdString());
    REQUIRE(example == DefaultDocument::examplePath(folder.path()));
    CHECK(example != DefaultDocument::path(folder.path()));
    CHECK_FALSE(QFileInfo::exists(DefaultDocument::path(folder.path())));
    const std::unique_ptr<Document> document = Document::open(example, Document::OpenMode::ReadOnly);
    CHECK(Repository(*document).teams().all().size() > 3);
    // Opened again, not written again.
    CHECK(DefaultDocument::ensureExample(err, QDate(2026, 11, 20), folder.path()) == example);
}

TEST_CASE("Starting an organisation should write its name, first teams and current quarter", "[app][first-start]")
{
    QTemporaryDir folder;
    QString messages;
    QTextStream err(&messages);
    const QString path = DefaultDocument::createOrganisation(QStringLiteral("Northwind"),
                                                             {QStringLiteral("Sales"), QStringLiteral("Support")}, err,
                                                             QDate(2026, 11, 20), folder.path());
    INFO(messages.toStdString());
    REQUIRE(path == DefaultDocument::path(folder.path()));
    const std::unique_ptr<Document> document = Document::open(path, Document::OpenMode::ReadOnly);
    Repository repository(*document);
    const QList<Team> teams = repository.teams().all();
    REQUIRE(teams.size() == 3);
    CHECK(teams[0].name == QStringLiteral("Northwind"));
    CHECK(teams[1].parentId == teams[0].id);
    CHECK(teams[2].name == QStringLiteral("Support"));
    REQUIRE(repository.cycles().active());
    CHECK(repository.cycles().active()->name == QStringLiteral("2026 Q4"));
    CHECK(repository.queries().loadCyclePlan(repository.cycles().active()->id).objectives.isEmpty());
}

TEST_CASE("Starting an organisation with two teams of one name should create nothing", "[app][first-start]")
{
    QTemporaryDir folder;
    QString messages;
    QTextStream err(&messages);
    CHECK(DefaultDocument::createOrganisation(QStringLiteral("Northwind"),
                                              {QStringLiteral("Sales"), QStringLiteral("SALES")}, err,
                                              QDate(2026, 11, 20), folder.path())
              .isEmpty());
    CHECK(messages.contains(QStringLiteral("already named")));
    CHECK(DefaultDocument::isFirstStart(folder.path()));
}
