#include "support/catch.h"

#include "model/TextLimits.h"
#include "widgets/TitleEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {

// A title editor in a narrow shown window, as in the details panel.
struct ShownTitleEdit {
    ShownTitleEdit()
        : edit(new TitleEdit(TextField::ObjectiveTitle, &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(edit);
        layout->addStretch();
        window.resize(30 * window.fontMetrics().averageCharWidth(), 400);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        edit->setFocus();
    }

    QWidget window;
    TitleEdit *edit;
};

const QString longTitle = QStringLiteral("Make onboarding so simple that new customers reach their first report in "
                                         "under ten minutes without help");

} // namespace

TEST_CASE("A long title wraps over several lines instead of scrolling sideways", "[ui][widgets][title]")
{
    ShownTitleEdit shown;
    const int oneLine = shown.edit->height();

    shown.edit->setText(longTitle);
    QCoreApplication::processEvents();

    CHECK(shown.edit->height() >= 2 * oneLine - shown.edit->fontMetrics().lineSpacing());
    CHECK(shown.edit->text() == longTitle);
    shown.edit->setText(QStringLiteral("Short"));
    QCoreApplication::processEvents();
    CHECK(shown.edit->height() == oneLine);
}

TEST_CASE("Enter finishes a title without breaking its line", "[ui][widgets][title]")
{
    ShownTitleEdit shown;
    const QSignalSpy finished(shown.edit, &TitleEdit::editingFinished);

    QTest::keyClicks(shown.edit, QStringLiteral("Grow revenue"));
    QTest::keyClick(shown.edit, Qt::Key_Return);
    QTest::keyClick(shown.edit, Qt::Key_Enter);

    CHECK(finished.count() == 2);
    CHECK(shown.edit->text() == QStringLiteral("Grow revenue"));
}

TEST_CASE("A pasted paragraph becomes one line and a title stops at its limit", "[ui][widgets][title]")
{
    ShownTitleEdit shown;
    QApplication::clipboard()->setText(QStringLiteral("Grow\nrevenue\r\nin Europe"));
    shown.edit->paste();
    CHECK(shown.edit->text() == QStringLiteral("Grow revenue in Europe"));

    const int limit = TextLimits::maximum(TextField::ObjectiveTitle);
    shown.edit->setText(QString(limit - 1, QLatin1Char('a')));
    shown.edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(shown.edit, QStringLiteral("bcd"));
    CHECK(shown.edit->text().size() == limit);
    CHECK(shown.edit->text().endsWith(QLatin1Char('b')));
    QApplication::clipboard()->setText(QStringLiteral("more"));
    shown.edit->paste();
    CHECK(shown.edit->text().size() == limit);
}
