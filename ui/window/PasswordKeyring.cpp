#include "window/PasswordKeyring.h"

#include "storage/DocumentError.h"
#include "storage/ServerAddress.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const QString KeyringService = QStringLiteral("Quarterdeck organisation databases");

// Runs the job to its end: the keyring answers over D-Bus within moments, and the caller needs the answer to go on.
void runToEnd(QKeychain::Job &job, const QString &url)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(ServerAddress::withoutPassword(url));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

namespace PasswordKeyring {

QString remember(const QString &url)
{
    QKeychain::WritePasswordJob job(KeyringService);
    job.setTextData(ServerAddress::parse(url).password());
    runToEnd(job, url);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

QString withRememberedPassword(const QString &url)
{
    try {
        if (!ServerAddress::parse(url).password().isEmpty())
            return url;
    } catch (const DocumentError &) {
        return url; // opening it says what is wrong
    }
    QKeychain::ReadPasswordJob job(KeyringService);
    runToEnd(job, url);
    return job.error() == QKeychain::NoError ? ServerAddress::withPassword(url, job.textData()) : url;
}

} // namespace PasswordKeyring
