#pragma once

#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// File > Connect to Organisation Database…: where an organisation's PostgreSQL database is, as its parts (host, port,
// database, user, password, SSL mode) or a libpq service name, given as the URL Quarterdeck opens (ServerAddress).
// The fields but the password are kept for the next time (QSettings); a password left empty comes from libpq's own
// sources (~/.pgpass, PGPASSWORD, the service file).
class ConnectDialog : public FormDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The URL to open, with the password when one was typed: for opening only, never to be remembered.
    QString url() const;
    // Keeps the fields but the password for the next time.
    void remember() const;
    // The user asked to keep the typed password in the desktop's keyring (PasswordKeyring).
    bool remembersPassword() const;

private:
    void check();

    QLineEdit *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_rememberPassword;
    QComboBox *m_sslMode;
};
