#include "widgets/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
}

void FormDialog::setForm(QFormLayout *form, const QString &okText, const char *problemName)
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QLatin1String(problemName));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Wide enough that a problem reads on one line or two, however short the form.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

void FormDialog::showProblem(const QString &refusal, const QString &notice)
{
    const QString shown = refusal.isEmpty() ? notice : refusal;
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(refusal.isEmpty());
}
