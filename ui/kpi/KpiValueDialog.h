#pragma once

#include "model/Kpi.h"
#include "widgets/FormDialog.h"

#include <QDate>

#include <optional>

class QDateEdit;
class QLineEdit;

// Asks for one measured value of a KPI and its date: a new one (today proposed) or a recorded one to correct.
// A date in the future or a value that is not a number is refused in words with OK disabled; a date that already
// has a value says that it will be replaced.
class KpiValueDialog : public FormDialog {
    Q_OBJECT
public:
    // `value`: the value to correct, or nothing to record a new one.
    KpiValueDialog(const Kpi &kpi, std::optional<KpiValue> value, QDate today, QWidget *parent = nullptr);

    KpiValue value() const;

private:
    void validate();
    QString replacementNotice() const;

    Kpi m_kpi;
    std::optional<KpiValue> m_corrected;
    QDate m_today;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_value = nullptr;
};
