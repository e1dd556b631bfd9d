#pragma once

#include "preferences/Preferences.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

// Edit > Preferences…: one form of the user's Preferences, fitting a 1366×768 screen, every field reached with Tab
// and named by its label. OK keeps them (Preferences::save); the language takes effect at the next start, the
// others at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void showValues(const Preferences &preferences);

    QComboBox *m_language = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_onTrack = nullptr;
    QSpinBox *m_atRisk = nullptr;
    QSpinBox *m_cycleWeeks = nullptr;
    QSpinBox *m_presentationScale = nullptr;
};
