#pragma once

#include "model/TextLimits.h"

#include <QLabel>

class QLineEdit;
class QPlainTextEdit;

// Says under a text edit, as the user types, how far the text runs over its TextLimits ("12 characters over the
// limit of 4,000"), and is hidden while it fits. Forms disable Save while any hint of theirs does not fit and
// give problem() as the reason. Line edits need no hint: limit() stops them at the limit.
class TextLimitHint : public QLabel {
    Q_OBJECT
public:
    TextLimitHint(TextField field, QPlainTextEdit *edit, QWidget *parent);

    bool fits() const { return m_excess == 0; }
    // "Lessons learned: 12 characters over the limit of 4,000"; empty while it fits.
    QString problem() const;

    static void limit(QLineEdit *edit, TextField field);

signals:
    void fitChanged(bool fits);

private:
    void follow(const QString &text);

    TextField m_field;
    qsizetype m_excess = 0;
};
