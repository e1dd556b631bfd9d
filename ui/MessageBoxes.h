#pragma once

#include <QString>

#include <functional>

class QWidget;

// Every message box of the application goes through here, so tests can record the message instead of
// blocking on a modal dialog (set an interceptor; see tests/ui/RecordedMessages.h).
namespace MessageBoxes {

enum class Kind { Warning, About };

struct Message {
    Kind kind = Kind::Warning;
    QString title;
    QString text;
};

using Interceptor = std::function<void(const Message &)>;

// Replaces how messages are shown; an empty interceptor restores the real dialogs. Returns the previous one.
Interceptor setInterceptor(Interceptor interceptor);

void warning(QWidget *parent, const QString &title, const QString &text);
void about(QWidget *parent, const QString &title, const QString &text);

} // namespace MessageBoxes
