#include "support/catch.h"

#include "checkin/CheckInDialog.h"
#include "history/KeyResultHistoryView.h"
#include "model/TextLimits.h"
#include "storage/Statement.h"
#include "tree/AlignmentTreeModel.h"
#include "ui/support/CheckInUiFixture.h"
#include "widgets/TextLimitHint.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <functional>

namespace {

template <typename Widget> Widget *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<Widget *>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("A note over its limit should say by how much as it is typed and keep Save disabled until it fits",
          "[ui][checkin][limits]")
{
    CheckInUiFixture fixture;
    CheckInDialog dialog(*fixture.session);
    dialog.setTeamAndWeek(fixture.salesId, fixture.thisWeek);
    dialog.show();
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    REQUIRE(save->isEnabled());

    auto *lessons = child<QPlainTextEdit>(dialog, QStringLiteral("lessons"));
    auto *hint = child<TextLimitHint>(dialog, QStringLiteral("lessonsLimitHint"));
    CHECK(hint->isHidden());
    lessons->setPlainText(QString(TextLimits::maximum(TextField::Lessons), QLatin1Char('l')));
    CHECK(hint->isHidden());
    QTest::keyClicks(lessons, QStringLiteral("abc"));
    CHECK(hint->isVisible());
    CHECK(hint->text() == TextLimits::overBy(TextField::Lessons, 3));
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(dialog.canSave());

    QTest::keyClick(lessons, Qt::Key_Backspace);
    QTest::keyClick(lessons, Qt::Key_Backspace);
    CHECK(hint->text() == TextLimits::overBy(TextField::Lessons, 1));
    QTest::keyClick(lessons, Qt::Key_Backspace);
    CHECK(hint->isHidden());
    CHECK(save->isEnabled());
}

TEST_CASE("A comment over its limit should disable Add comment and say why; the author stops at its limit",
          "[ui][comments][limits]")
{
    CheckInUiFixture fixture;
    KeyResultHistoryView view(*fixture.session, fixture.shownPlan);
    view.setKeyResult(fixture.npsId);
    view.show();
    auto *add = child<QPushButton>(view, QStringLiteral("addComment"));
    auto *text = child<QPlainTextEdit>(view, QStringLiteral("commentText"));
    text->setPlainText(QString(TextLimits::maximum(TextField::CommentText) + 5, QLatin1Char('c')));
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip().contains(TextLimits::overBy(TextField::CommentText, 5)));
    CHECK(child<TextLimitHint>(view, QStringLiteral("commentTextLimitHint"))->isVisible());

    auto *author = child<QLineEdit>(view, QStringLiteral("commentAuthor"));
    author->clear();
    QTest::keyClicks(author, QString(TextLimits::maximum(TextField::CommentAuthor) + 10, QLatin1Char('a')));
    CHECK(author->text().size() == TextLimits::maximum(TextField::CommentAuthor));
}

TEST_CASE("The tree should show a title written before the limits cut, and edit titles within the limit",
          "[ui][model][limits]")
{
    CheckInUiFixture fixture;
    const QString megabyte(1000000, QLatin1Char('m'));
    Statement(fixture.session->document(), QStringLiteral("UPDATE key_results SET title = :title WHERE id = :id"))
        .bind(QStringLiteral("title"), megabyte)
        .bind(QStringLiteral("id"), fixture.npsId)
        .exec();
    AlignmentTreeModel model;
    model.setPlan(fixture.session->repository().queries().loadCyclePlan(fixture.cycleId));

    QStringList shown;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex title = model.index(row, AlignmentTreeModel::TitleColumn, parent);
            shown << title.data(Qt::DisplayRole).toString() << title.data(Qt::ToolTipRole).toString();
            visit(title);
        }
    };
    visit({});
    const QStringList longTexts = shown.filter(QStringLiteral("mmmm"));
    REQUIRE(longTexts.size() == 2); // the title and its tooltip
    for (const QString &text : longTexts)
        CHECK(text.size() <= TextLimits::maximum(TextField::CommentText));
}
