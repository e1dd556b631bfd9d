#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

class QSqlError;

// Why a document could not be opened or written, in words for the user (already translated).
class DocumentError : public std::exception {
public:
    explicit DocumentError(QString message);
    // A statement the database refused or failed, with the database's own words for why.
    static DocumentError failedStatement(const QString &databaseText);
    static DocumentError failedStatement(const QSqlError &error);
    // A statement failed because the connection to the server is gone (the server stopped, the network broke);
    // `databaseText` is libpq's reason, when it gave one.
    static DocumentError connectionLost(const QString &databaseText);

    // The server gave up on the transaction because another one ran at the same time (a serialization failure or a
    // deadlock): running the whole action again from the start can succeed.
    bool isTransient() const { return m_transient; }

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
    bool m_transient = false;
};
