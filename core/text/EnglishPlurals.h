#pragma once

#include <QTranslator>

// The English plural forms of the texts written with Qt's numerus convention, tr("%n key result(s)", nullptr, n):
// "1 key result", "3 key results". Qt shows such a source text as it is unless a translation gives the forms, so
// this translator, installed first, gives them for English; a real translation installed after it takes precedence.
class EnglishPlurals : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    // Installs one instance, owned by the application, on `application` (QCoreApplication::instance()).
    static void install();

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};
