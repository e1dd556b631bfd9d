#include "widgets/TextLimitHint.h"

#include <QLineEdit>
#include <QPlainTextEdit>

TextLimitHint::TextLimitHint(TextField field, QPlainTextEdit *edit, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setObjectName(edit->objectName() + QStringLiteral("LimitHint"));
    setAccessibleName(tr("Length"));
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, QColor(0xB0, 0x2A, 0x1E));
    setPalette(warning);
    hide();
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { follow(edit->toPlainText()); });
    follow(edit->toPlainText());
}

QString TextLimitHint::problem() const
{
    if (fits())
        return {};
    QString name = TextLimits::fieldName(m_field);
    name[0] = name[0].toUpper();
    return tr("%1: %2").arg(name, TextLimits::overBy(m_field, m_excess));
}

void TextLimitHint::limit(QLineEdit *edit, TextField field)
{
    edit->setMaxLength(TextLimits::maximum(field));
}

void TextLimitHint::follow(const QString &text)
{
    const qsizetype excess = TextLimits::excess(m_field, text);
    if (excess == m_excess)
        return;
    const bool fitted = fits();
    m_excess = excess;
    setText(TextLimits::overBy(m_field, m_excess));
    setVisible(!fits());
    if (fits() != fitted)
        emit fitChanged(fits());
}
