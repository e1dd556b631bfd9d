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

} // namespace MessageBoxes
