#include "window/ConnectDialog.h"

#include "storage/ServerAddress.h"
#include "widgets/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace {

QString settingsKey(const char *field)
{
    return QStringLiteral("organisationDatabase/") + QLatin1String(field);
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : FormDialog(parent)
    , m_service(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_rememberPassword(new QCheckBox(tr("&Remember the password in the desktop's keyring"), this))
    , m_sslMode(new QComboBox(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Organisation Database"));
    const QSettings settings;
    m_service->setObjectName(QStringLiteral("connectService"));
    m_service->setPlaceholderText(tr("none: the fields below"));
    m_service->setText(settings.value(settingsKey("service")).toString());
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_host->setPlaceholderText(tr("this computer"));
    m_host->setText(settings.value(settingsKey("host")).toString());
    // 0 is libpq's default, 5432 unless PGPORT says otherwise.
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(settings.value(settingsKey("port"), 0).toInt());
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_database->setText(settings.value(settingsKey("database")).toString());
    m_user->setObjectName(QStringLiteral("connectUser"));
    m_user->setPlaceholderText(tr("your login name"));
    m_user->setText(settings.value(settingsKey("user")).toString());
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_sslMode->setObjectName(QStringLiteral("connectSslMode"));
    m_sslMode->addItem(tr("Prefer (encrypt when the server can)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require encryption and verify the server"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Never encrypt"), QStringLiteral("disable"));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(settings.value(settingsKey("sslmode")))));

    auto *form = new QFormLayout;
    auto *explanation = new QLabel(tr("The PostgreSQL database your organisation keeps its OKRs in. Whoever set it up "
                                      "(README: An organisation database on a server) can tell you these."),
                                   this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    m_rememberPassword->setObjectName(QStringLiteral("connectRememberPassword"));
    m_rememberPassword->setChecked(true);
    form->addRow(QString(), m_rememberPassword);
    form->addRow(tr("&Encryption:"), m_sslMode);
    setForm(form, tr("&Connect"), "connectProblem");
    for (QLineEdit *field : {m_service, m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::check);
    check();
    // As tall as the explanation needs once wrapped at that width: the window's own minimum leaves its lines out.
    const int width = ScreenFit::inCharacters(this, 90, 1).width();
    ScreenFit::fit(this, QSize(width, layout()->totalHeightForWidth(width)));
    (m_service->text().isEmpty() && m_database->text().isEmpty() ? m_host : m_password)->setFocus();
}

QString ConnectDialog::url() const
{
    ServerAddress::Parts parts;
    if (!m_service->text().trimmed().isEmpty()) {
        parts.options.append({QStringLiteral("service"), m_service->text().trimmed()});
    } else {
        parts.host = m_host->text().trimmed();
        parts.port = m_port->value();
        parts.database = m_database->text().trimmed();
        parts.user = m_user->text().trimmed();
    }
    parts.password = m_password->text();
    parts.options.append({QStringLiteral("sslmode"), m_sslMode->currentData().toString()});
    return ServerAddress::url(parts);
}

void ConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(settingsKey("service"), m_service->text().trimmed());
    settings.setValue(settingsKey("host"), m_host->text().trimmed());
    settings.setValue(settingsKey("port"), m_port->value());
    settings.setValue(settingsKey("database"), m_database->text().trimmed());
    settings.setValue(settingsKey("user"), m_user->text().trimmed());
    settings.setValue(settingsKey("sslmode"), m_sslMode->currentData());
}

bool ConnectDialog::remembersPassword() const
{
    return m_rememberPassword->isChecked() && !m_password->text().isEmpty();
}

void ConnectDialog::check()
{
    // A service names everything else in libpq's service file.
    const bool byService = !m_service->text().trimmed().isEmpty();
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user})
        field->setEnabled(!byService);
    showProblem(!byService && m_database->text().trimmed().isEmpty()
                    ? tr("Enter the database's name, or a service that names it.")
                    : QString());
}
