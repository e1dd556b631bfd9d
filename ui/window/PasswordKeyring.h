#pragma once

#include <QString>

// The passwords of organisation databases, kept in the desktop's keyring (the Secret Service of GNOME and others, or
// KWallet) through QtKeychain, never in the settings: under the database's URL without its password. QtKeychain's
// insecure fallback (a plain file) is never used.
namespace PasswordKeyring {

// Keeps the password `url` holds. Returns the keyring's reason when it could not (none running), else nothing.
QString remember(const QString &url);
// `url` with the password the keyring keeps for it when it holds none itself; `url` as it is otherwise, and when
// there is no keyring or nothing kept.
QString withRememberedPassword(const QString &url);

} // namespace PasswordKeyring
