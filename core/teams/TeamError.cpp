#include "teams/TeamError.h"

#include <utility>

TeamError::TeamError(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}
