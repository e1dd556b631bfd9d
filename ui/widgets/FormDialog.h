#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

// A dialog of one form whose OK waits until the input is acceptable: what is wrong is said in words under the
// form. Base of NewCycleDialog, KpiDialog and KpiValueDialog.
class FormDialog : public QDialog {
    Q_OBJECT
protected:
    explicit FormDialog(QWidget *parent);

    // Lays out `form` (taken over), then the problem line (objectName `problemName`, for tests) and OK (labelled
    // `okText`) with Cancel. Call it after creating the form's fields, so Tab reaches the buttons last.
    void setForm(QFormLayout *form, const QString &okText, const char *problemName);
    // A refusal disables OK and is shown; without one OK is enabled and `notice` (if any) shown instead.
    void showProblem(const QString &refusal, const QString &notice = {});

private:
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
