#include "MessageBoxes.h"

#include <QMessageBox>

#include <utility>

namespace {

MessageBoxes::Interceptor &currentInterceptor()
{
    static MessageBoxes::Interceptor interceptor;
    return interceptor;
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

} // namespace MessageBoxes
