#include "ui/support/RecordedMessages.h"

RecordedMessages::RecordedMessages()
    : m_previous(
          MessageBoxes::setInterceptor([this](const MessageBoxes::Message &message) { m_messages.append(message); }))
{
}

RecordedMessages::~RecordedMessages()
{
    MessageBoxes::setInterceptor(std::move(m_previous));
    MessageBoxes::setInterceptedAnswer(true);
    MessageBoxes::setInterceptedChoice(-1);
}
