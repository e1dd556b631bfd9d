#pragma once

#include <QLocale>

// Numbers and dates follow the user's locale: a test pins one for its scope, and the previous one comes back.
class PinnedLocale {
public:
    explicit PinnedLocale(const QLocale &locale);
    ~PinnedLocale();
    PinnedLocale(const PinnedLocale &) = delete;
    PinnedLocale &operator=(const PinnedLocale &) = delete;

    static QLocale english(); // en_US: "1,234.5"
    static QLocale german();  // de_DE: "1.234,5"

private:
    QLocale m_previous;
};
