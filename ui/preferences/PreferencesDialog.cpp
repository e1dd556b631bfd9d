#include "preferences/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace {

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

int percent(double share)
{
    return int(std::lround(share * 100));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("Window"), this);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("preferenceLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setAccessibleDescription(tr("Takes effect at the next start"));
    generalForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect at the next start."), general);
    languageNote->setObjectName(QStringLiteral("preferenceLanguageNote"));
    generalForm->addRow(QString(), languageNote);
    m_presentationScale = spinBox(QStringLiteral("preferencePresentationScale"), 100, 400, tr(" %"), general);
    m_presentationScale->setSingleStep(10);
    m_presentationScale->setAccessibleDescription(tr("The font size of presentation mode, in percent of the "
                                                     "window's usual font"));
    generalForm->addRow(tr("&Presentation font size:"), m_presentationScale);
    layout->addWidget(general);

    auto *planning = new QGroupBox(tr("Planning and check-ins"), this);
    auto *planningForm = new QFormLayout(planning);
    m_weekday = new QComboBox(planning);
    m_weekday->setObjectName(QStringLiteral("preferenceCheckInWeekday"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setAccessibleDescription(
        tr("Before this day the check-in form proposes the week before, whose check-in is still due"));
    planningForm->addRow(tr("Check-in &day:"), m_weekday);
    m_cycleWeeks = spinBox(QStringLiteral("preferenceCycleWeeks"), 1, 104, tr(" weeks"), planning);
    m_cycleWeeks->setAccessibleDescription(tr("The length a new cycle of custom dates is proposed with"));
    planningForm->addRow(tr("Default &cycle length:"), m_cycleWeeks);
    layout->addWidget(planning);

    auto *pace = new QGroupBox(tr("Pace"), this);
    auto *paceForm = new QFormLayout(pace);
    auto *paceNote = new QLabel(tr("How far behind the progress expected by today a key result, an objective or a team "
                                   "may be, in percentage points:"),
                                pace);
    paceNote->setWordWrap(true);
    paceForm->addRow(paceNote);
    m_onTrack = spinBox(QStringLiteral("preferenceOnTrack"), 0, 100, tr(" points"), pace);
    m_onTrack->setAccessibleDescription(tr("Behind by at most this much is on track"));
    paceForm->addRow(tr("On &track up to:"), m_onTrack);
    m_atRisk = spinBox(QStringLiteral("preferenceAtRisk"), 0, 100, tr(" points"), pace);
    m_atRisk->setAccessibleDescription(tr("Behind by more than on track and at most this much is at risk; further "
                                          "behind is off track"));
    paceForm->addRow(tr("At &risk up to:"), m_atRisk);
    // At risk starts where on track ends.
    connect(m_onTrack, &QSpinBox::valueChanged, m_atRisk, [this](int value) { m_atRisk->setMinimum(value); });
    layout->addWidget(pace);
    layout->addStretch();

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("preferenceButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        Preferences defaults;
        defaults.language = this->preferences().language; // the language is not a default to restore by accident
        showValues(defaults);
    });
    layout->addWidget(buttons);
    showValues(preferences);
}

void PreferencesDialog::showValues(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(preferences.checkInWeekday)));
    m_atRisk->setMinimum(0);
    m_onTrack->setValue(percent(preferences.pace.onTrack));
    m_atRisk->setValue(percent(preferences.pace.atRisk));
    m_cycleWeeks->setValue(preferences.cycleWeeks);
    m_presentationScale->setValue(preferences.presentationScalePercent);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen;
    chosen.language = m_language->currentData().toString();
    chosen.checkInWeekday = m_weekday->currentData().toInt();
    chosen.pace = {m_onTrack->value() / 100.0, m_atRisk->value() / 100.0};
    chosen.cycleWeeks = m_cycleWeeks->value();
    chosen.presentationScalePercent = m_presentationScale->value();
    return chosen;
}
