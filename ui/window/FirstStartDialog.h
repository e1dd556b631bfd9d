#pragma once

#include "widgets/FormDialog.h"

#include <QDate>
#include <QStringList>

class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// The first start's question: explore the example company (a document of its own, so made-up OKRs never mix with
// real ones) or start your organisation: its name, its first teams (one per line) and the quarter around `today`
// as the first cycle.
class FirstStartDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Choice { Example, Organisation };

    explicit FirstStartDialog(QDate today, QWidget *parent = nullptr);

    Choice choice() const;
    QString organisationName() const;
    QStringList teamNames() const; // the non-blank lines, trimmed

private:
    void updateForm();

    QRadioButton *m_example = nullptr;
    QRadioButton *m_organisation = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_teams = nullptr;
};
