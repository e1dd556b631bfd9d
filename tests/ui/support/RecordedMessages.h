#pragma once

#include "widgets/MessageBoxes.h"

#include <QList>

// While alive, message boxes are recorded here instead of shown, so no test waits on a modal dialog.
class RecordedMessages {
public:
    RecordedMessages();
    ~RecordedMessages();
    RecordedMessages(const RecordedMessages &) = delete;
    RecordedMessages &operator=(const RecordedMessages &) = delete;

    const QList<MessageBoxes::Message> &messages() const { return m_messages; }
    // How the questions asked while alive are answered: yes unless told otherwise.
    void answerQuestions(bool accept) { MessageBoxes::setInterceptedAnswer(accept); }
    // Which choice the choice boxes shown while alive take (MessageBoxes::choose): Cancel (-1) unless told otherwise.
    void answerChoices(int choice) { MessageBoxes::setInterceptedChoice(choice); }

private:
    QList<MessageBoxes::Message> m_messages;
    MessageBoxes::Interceptor m_previous;
};
