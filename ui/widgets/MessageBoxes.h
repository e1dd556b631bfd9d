#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// Every message box of the application goes through here, so tests can record the message instead of
// blocking on a modal dialog (set an interceptor; see tests/ui/RecordedMessages.h).
namespace MessageBoxes {

enum class Kind { Warning, About, Question, Choice };

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
// Asks before something the user may not expect (Cancel is the default). True when the user chose `acceptText`.
// When intercepted, the answer is the one set with setInterceptedAnswer (yes unless told otherwise).
bool question(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
void setInterceptedAnswer(bool accept);
// Offers `choices` (the first is the default) and Cancel: the index of the one chosen, -1 for Cancel.
// When intercepted, the answer is the one set with setInterceptedChoice (-1 unless told otherwise).
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
void setInterceptedChoice(int choice);

} // namespace MessageBoxes
