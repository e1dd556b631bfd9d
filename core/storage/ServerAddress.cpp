#include "storage/ServerAddress.h"

#include "storage/DocumentError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>

namespace {

const QStringList schemes{QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

// Where a URL's authority (user@host:port) starts: after its scheme.
qsizetype authorityOf(const QString &url)
{
    return url.indexOf(QLatin1String("://")) + 3;
}

// The place of the '@' that ends the authority's user part; -1 when it names no user.
qsizetype userEndOf(const QString &url, qsizetype authority)
{
    const qsizetype end = url.indexOf(u'/', authority);
    const qsizetype at = url.lastIndexOf(u'@', end < 0 ? -1 : end);
    return at < authority ? -1 : at;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}

DocumentError invalid(const QString &url, const QString &why)
{
    return DocumentError(
        translated(QT_TRANSLATE_NOOP("ServerAddress", "%1 is not a PostgreSQL address: %2")).arg(url, why));
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

int portOf(const QString &url, const QString &text)
{
    bool isNumber = false;
    const int port = text.toInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535)
        throw invalid(url,
                      translated(QT_TRANSLATE_NOOP("ServerAddress", "the port \"%1\" is not a number from 1 to 65535."))
                          .arg(text));
    return port;
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    return std::any_of(schemes.cbegin(), schemes.cend(),
                       [&text](const QString &scheme) { return text.startsWith(scheme, Qt::CaseInsensitive); });
}

QString ServerAddress::shownLocation(const QString &location)
{
    if (!isServerAddress(location))
        return location;
    try {
        return parse(location).displayName();
    } catch (const DocumentError &) {
        return QString(location).section(u'@', -1); // not an address: what follows any password
    }
}

QString ServerAddress::url(const Parts &parts)
{
    const auto encoded = [](const QString &part) { return QString::fromUtf8(QUrl::toPercentEncoding(part)); };
    QString url = schemes.first();
    if (!parts.user.isEmpty())
        url += encoded(parts.user) + (parts.password.isEmpty() ? QString() : u':' + encoded(parts.password)) + u'@';
    url += encoded(parts.host);
    if (parts.port > 0)
        url += u':' + QString::number(parts.port);
    url += u'/' + encoded(parts.database);
    QStringList query;
    for (const auto &[keyword, value] : parts.options)
        query.append(encoded(keyword) + u'=' + encoded(value));
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

QString ServerAddress::withoutPassword(const QString &url)
{
    const qsizetype authority = authorityOf(url);
    const qsizetype at = userEndOf(url, authority);
    const qsizetype colon = url.indexOf(u':', authority);
    if (at < 0 || colon < 0 || colon > at)
        return url;
    return url.left(colon) + url.mid(at);
}

QString ServerAddress::withPassword(const QString &url, const QString &password)
{
    const QString bare = withoutPassword(url);
    const qsizetype authority = authorityOf(bare);
    const qsizetype at = userEndOf(bare, authority);
    const QString encoded = u':' + QString::fromUtf8(QUrl::toPercentEncoding(password));
    if (at < 0) // no user: libpq's default
        return bare.left(authority) + encoded + u'@' + bare.mid(authority);
    return bare.left(at) + encoded + bare.mid(at);
}

ServerAddress ServerAddress::parse(const QString &url)
{
    if (!isServerAddress(url))
        throw invalid(url, translated(QT_TRANSLATE_NOOP("ServerAddress", "it does not start with postgresql://.")));
    ServerAddress address;
    QStringView rest = QStringView(url).mid(url.indexOf(QLatin1String("://")) + 3);
    const qsizetype queryStart = rest.indexOf(u'?');
    const QStringView query = queryStart < 0 ? QStringView() : rest.mid(queryStart + 1);
    rest = rest.left(queryStart < 0 ? rest.size() : queryStart);
    const qsizetype pathStart = rest.indexOf(u'/');
    if (pathStart >= 0)
        address.m_database = decoded(rest.mid(pathStart + 1));
    QStringView authority = rest.left(pathStart < 0 ? rest.size() : pathStart);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        address.m_user = decoded(userInfo.left(colon < 0 ? userInfo.size() : colon));
        if (colon >= 0)
            address.m_password = decoded(userInfo.mid(colon + 1));
        authority = authority.mid(at + 1);
    }
    // A port follows the last ":" outside an IPv6 address's brackets.
    const qsizetype bracketEnd = authority.lastIndexOf(u']');
    const qsizetype portColon = authority.lastIndexOf(u':');
    QStringView host = authority;
    if (portColon > bracketEnd) {
        address.m_port = portOf(url, authority.mid(portColon + 1).toString());
        host = authority.left(portColon);
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    address.m_host = decoded(host);

    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            throw invalid(url, translated(QT_TRANSLATE_NOOP("ServerAddress", "\"%1\" is not a keyword=value setting."))
                                   .arg(decoded(pair)));
        const QString keyword = decoded(pair.left(equals));
        const QString value = decoded(pair.mid(equals + 1));
        if (keyword == QLatin1String("host"))
            address.m_host = value;
        else if (keyword == QLatin1String("port"))
            address.m_port = portOf(url, value);
        else if (keyword == QLatin1String("dbname"))
            address.m_database = value;
        else if (keyword == QLatin1String("user"))
            address.m_user = value;
        else if (keyword == QLatin1String("password"))
            address.m_password = value;
        else if (!QRegularExpression(QStringLiteral("^[a-z_]+$")).match(keyword).hasMatch())
            throw invalid(
                url,
                translated(QT_TRANSLATE_NOOP("ServerAddress", "\"%1\" is not a connection setting.")).arg(keyword));
        else if (value.contains(u';')) // Qt's driver takes ";" as the end of a setting
            throw invalid(
                url, translated(QT_TRANSLATE_NOOP("ServerAddress", "the value of %1 contains a \";\".")).arg(keyword));
        else
            address.m_options.append({keyword, value});
    }
    return address;
}

QString ServerAddress::displayName() const
{
    // A service names the database in libpq's service file: its name says more than "the default database".
    const auto service = std::find_if(m_options.cbegin(), m_options.cend(),
                                      [](const auto &option) { return option.first == QLatin1String("service"); });
    const QString database = !m_database.isEmpty() ? m_database
                             : service != m_options.cend()
                                 ? translated(QT_TRANSLATE_NOOP("ServerAddress", "the service %1")).arg(service->second)
                                 : translated(QT_TRANSLATE_NOOP("ServerAddress", "the default database"));
    if (m_host.isEmpty())
        return database;
    return translated(QT_TRANSLATE_NOOP("ServerAddress", "%1 on %2"))
        .arg(database, m_port > 0 ? m_host + u':' + QString::number(m_port) : m_host);
}

void ServerAddress::configure(QSqlDatabase &database) const
{
    // Qt quotes these five for libpq itself.
    database.setHostName(m_host);
    database.setPort(m_port);
    database.setDatabaseName(m_database);
    database.setUserName(m_user);
    database.setPassword(m_password);
    // The server lists the connection as Quarterdeck's, and a host that does not answer fails within seconds instead
    // of libpq's default of waiting for ever. Over TCP, a network that went silent breaks the connection within about
    // half a minute (keepalives while idle, tcp_user_timeout while sending) rather than the system's quarter of an
    // hour, so the window learns it lost the server. The URL's own settings come after, and win.
    QStringList options{QStringLiteral("application_name=Quarterdeck"), QStringLiteral("connect_timeout=10"),
                        QStringLiteral("keepalives_idle=15"),           QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3"),           QStringLiteral("tcp_user_timeout=30000")};
    for (const auto &[keyword, value] : m_options) {
        QString quoted = value;
        quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
        options.append(keyword + QLatin1String("='") + quoted + u'\'');
    }
    database.setConnectOptions(options.join(u';'));
}
