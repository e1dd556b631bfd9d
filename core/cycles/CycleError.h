#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// Why a cycle operation was refused, in words for the user (already translated). Nothing was changed.
class CycleError : public std::exception {
public:
    explicit CycleError(QString message);

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};
