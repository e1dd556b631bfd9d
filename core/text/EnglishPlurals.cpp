#include "text/EnglishPlurals.h"

#include <QCoreApplication>

void EnglishPlurals::install()
{
    QCoreApplication::installTranslator(new EnglishPlurals(QCoreApplication::instance()));
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    static const QString PluralMark = QStringLiteral("(s)");
    if (n < 0 || !sourceText)
        return {}; // not a numerus text: the source text stays
    QString text = QString::fromUtf8(sourceText);
    if (!text.contains(PluralMark))
        return {};
    return text.replace(PluralMark, n == 1 ? QString() : QStringLiteral("s"));
}
