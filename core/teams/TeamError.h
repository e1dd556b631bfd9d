#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// Why a change to the organisation's teams was refused, in words for the user (already translated). Nothing was
// changed.
class TeamError : public std::exception {
public:
    explicit TeamError(QString message);

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};
