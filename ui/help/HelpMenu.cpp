#include "help/HelpMenu.h"

#include "help/GuideDialog.h"
#include "help/ShortcutsDialog.h"
#include "widgets/MessageBoxes.h"

#include <QAction>
#include <QMainWindow>

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("menuHelp"));
    QAction *shortcutsAction = addAction(tr("&Keyboard Shortcuts…"));
    shortcutsAction->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    shortcutsAction->setStatusTip(tr("List every action that has a keyboard shortcut"));
    connect(shortcutsAction, &QAction::triggered, this, &HelpMenu::showShortcuts);

    QAction *guideAction = addAction(tr("Planning and Check-In &Guide…"));
    guideAction->setObjectName(QStringLiteral("actionGuide"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setStatusTip(tr("How to run the planning session and the weekly check-in with Quarterdeck"));
    connect(guideAction, &QAction::triggered, this, &HelpMenu::showGuide);

    addSeparator();
    QAction *aboutAction = addAction(tr("&About Quarterdeck"));
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &HelpMenu::showAbout);
}

void HelpMenu::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showGuide()
{
    auto *dialog = new GuideDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showAbout()
{
    const QString about = tr("<h3>Quarterdeck %1</h3>"
                             "<p>Plan and track OKRs on your own machine: a local file per organisation, or a database "
                             "an organisation shares on a PostgreSQL server.</p>")
                              .arg(QStringLiteral(QUARTERDECK_VERSION));
    const QString open = m_documentLocation.isEmpty()
                             ? QString()
                             : tr("<p>Open: %1</p>").arg(m_documentLocation.toHtmlEscaped());
    MessageBoxes::about(m_window, tr("About Quarterdeck"), about + open);
}
