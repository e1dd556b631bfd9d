#include "support/PinnedLocale.h"

PinnedLocale::PinnedLocale(const QLocale &locale)
{
    QLocale::setDefault(locale);
}

PinnedLocale::~PinnedLocale()
{
    QLocale::setDefault(m_previous);
}

QLocale PinnedLocale::english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QLocale PinnedLocale::german()
{
    return QLocale(QLocale::German, QLocale::Germany);
}
