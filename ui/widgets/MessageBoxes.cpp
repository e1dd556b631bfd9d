#include "widgets/MessageBoxes.h"

#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace {

MessageBoxes::Interceptor &currentInterceptor()
{
    static MessageBoxes::Interceptor interceptor;
    return interceptor;
}

bool &interceptedAnswer()
{
    static bool accept = true;
    return accept;
}

int &interceptedChoice()
{
    static int choice = -1;
    return choice;
}

// True when an interceptor took the message, so no dialog must be shown.
bool intercepted(const MessageBoxes::Message &message)
{
    if (!currentInterceptor())
        return false;
    currentInterceptor()(message);
    return true;
}

} // namespace

namespace MessageBoxes {

Interceptor setInterceptor(Interceptor interceptor)
{
    return std::exchange(currentInterceptor(), std::move(interceptor));
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (!intercepted({Kind::Warning, title, text}))
        QMessageBox::warning(parent, title, text);
}

void about(QWidget *parent, const QString &title, const QString &text)
{
    if (!intercepted({Kind::About, title, text}))
        QMessageBox::about(parent, title, text);
}

bool question(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (intercepted({Kind::Question, title, text}))
        return interceptedAnswer();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setInterceptedAnswer(bool accept)
{
    interceptedAnswer() = accept;
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    if (intercepted({Kind::Choice, title, text}))
        return interceptedChoice();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void setInterceptedChoice(int choice)
{
    interceptedChoice() = choice;
}

} // namespace MessageBoxes
