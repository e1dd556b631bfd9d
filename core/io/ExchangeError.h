#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// Why data could not be imported or exported, in words for the user (already translated): for CSV it names the
// row and column, for JSON the field.
class ExchangeError : public std::exception {
public:
    explicit ExchangeError(QString message);

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};
