#include "checkin/KeyResultRow.h"

#include "coach/Coach.h"
#include "palette/PaceColours.h"
#include "text/ValueFormat.h"
#include "text/ValueParser.h"
#include "widgets/Accessibility.h"
#include "widgets/CoachVerdictLabel.h"
#include "widgets/TextLimitHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

#include <utility>

namespace {

QStringList codesOf(const QList<CoachFlag> &flags)
{
    QStringList codes;
    for (const CoachFlag &flag : flags) {
        if (flag.severity != CoachSeverity::Info)
            codes.append(flag.code);
    }
    return codes;
}

} // namespace

KeyResultRow::KeyResultRow(const Coach &coach, const KeyResultContext &context, QWidget *parent)
    : QFrame(parent)
    , m_coach(coach)
    , m_context(context)
    , m_text(new QLineEdit(this))
    , m_start(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_unitLabel(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_numberError(new QLabel(this))
    , m_verdict(new CoachVerdictLabel(this))
    , m_keep(new QCheckBox(tr("Keep it as written: the team has read the flag"), this))
    , m_convert(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("keyResultText"));
    TextLimitHint::limit(m_text, TextField::KeyResultTitle);
    TextLimitHint::limit(m_unitLabel, TextField::UnitLabel);
    m_text->setPlaceholderText(tr("A measurable outcome, e.g. Increase German MQLs from 300 to 500"));
    m_text->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_text);
    m_start->setObjectName(QStringLiteral("keyResultStart"));
    m_target->setObjectName(QStringLiteral("keyResultTarget"));
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000000000"));
    for (QLineEdit *field : {m_start, m_target}) {
        field->setMaximumWidth(numberWidth);
        field->setAlignment(Qt::AlignRight);
    }
    m_unit->setObjectName(QStringLiteral("keyResultUnit"));
    const std::pair<MeasureUnit, QString> units[] = {{MeasureUnit::Number, tr("number")},
                                                     {MeasureUnit::Percent, tr("percent")},
                                                     {MeasureUnit::Currency, tr("currency")},
                                                     {MeasureUnit::Time, tr("time")},
                                                     {MeasureUnit::Rating, tr("rating")}};
    for (const auto &[unit, name] : units)
        m_unit->addItem(name, int(unit));
    m_unitLabel->setObjectName(QStringLiteral("keyResultUnitLabel"));
    m_unitLabel->setMaximumWidth(numberWidth);
    m_unitLabel->setPlaceholderText(tr("label"));
    m_kind->setObjectName(QStringLiteral("keyResultKind"));
    m_kind->addItem(tr("increase"), int(KeyResultKind::Increase));
    m_kind->addItem(tr("decrease"), int(KeyResultKind::Decrease));
    m_kind->addItem(tr("keep above"), int(KeyResultKind::KeepAbove));
    m_kind->addItem(tr("keep below"), int(KeyResultKind::KeepBelow));
    m_owner->setObjectName(QStringLiteral("keyResultOwner"));
    TextLimitHint::limit(m_owner, TextField::Owner);
    m_owner->setPlaceholderText(tr("who owns it"));
    m_owner->setToolTip(tr("The person who keeps this key result moving and reports it at the check-in"));
    m_numberError->setObjectName(QStringLiteral("keyResultNumberError"));
    m_numberError->setStyleSheet(PaceColours::textStyle(Confidence::OffTrack, palette()));
    m_numberError->setVisible(false);
    m_verdict->setObjectName(QStringLiteral("keyResultVerdict"));
    m_keep->setObjectName(QStringLiteral("keyResultKeep"));
    m_convert->setObjectName(QStringLiteral("keyResultConvert"));
    m_convert->setText(tr("Make it an initiative of…"));
    m_convert->setToolTip(tr("An output is a way to move another key result: plan it there"));
    m_convert->setPopupMode(QToolButton::InstantPopup);
    m_convert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *convertMenu = new QMenu(m_convert);
    m_convert->setMenu(convertMenu);
    m_remove->setObjectName(QStringLiteral("keyResultRemove"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton, nullptr, this));
    m_remove->setToolTip(tr("Remove this key result"));
    for (QWidget *field : focusOrder())
        field->setFocusPolicy(Qt::StrongFocus);

    auto *numbers = new QHBoxLayout;
    const auto addLabelled = [this, numbers](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        numbers->addWidget(label);
        numbers->addWidget(field);
    };
    addLabelled(tr("From"), m_start);
    addLabelled(tr("to"), m_target);
    addLabelled(tr("Unit"), m_unit);
    numbers->addWidget(m_unitLabel);
    addLabelled(tr("Kind"), m_kind);
    addLabelled(tr("Owner"), m_owner);
    numbers->setStretchFactor(m_owner, 1);

    auto *flagControls = new QHBoxLayout;
    flagControls->addWidget(m_keep);
    flagControls->addWidget(m_convert);
    flagControls->addStretch(1);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_text, 0, 0);
    layout->addWidget(m_remove, 0, 1);
    layout->addLayout(numbers, 1, 0, 1, 2);
    layout->addWidget(m_numberError, 2, 0, 1, 2);
    layout->addWidget(m_verdict, 3, 0, 1, 2);
    layout->addLayout(flagControls, 4, 0, 1, 2);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        reviewText();
        emit edited();
    });
    connect(m_start, &QLineEdit::textEdited, this, [this] { m_startEdited = true; });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_unitLabel, &QLineEdit::textEdited, this, [this] { m_unitEdited = true; });
    connect(m_unit, &QComboBox::activated, this, [this] { m_unitEdited = true; });
    connect(m_kind, &QComboBox::activated, this, [this] { m_kindEdited = true; });
    for (QLineEdit *field : {m_start, m_target}) {
        connect(field, &QLineEdit::textChanged, this, [this] {
            validateNumbers();
            emit edited();
        });
    }
    connect(m_keep, &QCheckBox::toggled, this, [this](bool checked) {
        m_acknowledgedCodes = checked ? codesOf(m_review.flags) : QStringList();
        emit edited();
    });
    connect(convertMenu, &QMenu::aboutToShow, this, [this, convertMenu] {
        convertMenu->clear();
        emit convertMenuAboutToShow(this, convertMenu);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });

    setNumber(1);
    reviewText();
}

void KeyResultRow::setKeyResult(const KeyResult &keyResult, const QList<Initiative> &initiatives)
{
    m_stored = keyResult;
    m_initiatives = initiatives;
    m_context.current = keyResult.current;
    m_startEdited = m_targetEdited = m_unitEdited = m_kindEdited = true;
    m_start->setText(numberText(keyResult.start));
    m_target->setText(numberText(keyResult.target));
    m_unit->setCurrentIndex(m_unit->findData(int(keyResult.unit)));
    m_unitLabel->setText(keyResult.unitLabel);
    m_kind->setCurrentIndex(m_kind->findData(int(keyResult.kind)));
    m_owner->setText(keyResult.owner);
    m_text->setText(keyResult.title);
}

void KeyResultRow::setText(const QString &text, const QString &selected)
{
    m_text->setText(text);
    const qsizetype at = selected.isEmpty() ? -1 : text.indexOf(selected);
    if (at >= 0)
        m_text->setSelection(int(at), int(selected.size()));
}

void KeyResultRow::setNumber(int number)
{
    m_text->setAccessibleName(tr("Key result %1").arg(number));
    m_start->setAccessibleName(tr("Start value of key result %1").arg(number));
    m_target->setAccessibleName(tr("Target value of key result %1").arg(number));
    m_unit->setAccessibleName(tr("Unit of key result %1").arg(number));
    m_unitLabel->setAccessibleName(tr("Unit label of key result %1").arg(number));
    m_kind->setAccessibleName(tr("Kind of key result %1").arg(number));
    m_owner->setAccessibleName(tr("Owner of key result %1").arg(number));
    m_verdict->setAccessibleName(tr("Coach's verdict on key result %1").arg(number));
    m_keep->setAccessibleName(tr("Keep key result %1 despite the flag").arg(number));
    m_convert->setAccessibleName(tr("Make key result %1 an initiative of another key result").arg(number));
    m_remove->setAccessibleName(tr("Remove key result %1").arg(number));
}

void KeyResultRow::setOwnerNames(QAbstractItemModel *names)
{
    auto *completer = new QCompleter(names, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_owner->setCompleter(completer);
}

void KeyResultRow::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

QString KeyResultRow::text() const
{
    return m_text->text().simplified();
}

bool KeyResultRow::isEmpty() const
{
    return text().isEmpty();
}

bool KeyResultRow::hasValidNumbers() const
{
    return number(m_start->text(), m_unitLabel->text()) && number(m_target->text(), m_unitLabel->text());
}

bool KeyResultRow::needsAcknowledgement() const
{
    const QStringList codes = codesOf(m_review.flags);
    return !isEmpty() && !codes.isEmpty() && codes != m_acknowledgedCodes;
}

bool KeyResultRow::isOutput() const
{
    return !isEmpty() && m_review.verdict == KeyResultVerdict::Output;
}

QList<CoachFlag> KeyResultRow::keptFlags() const
{
    QList<CoachFlag> kept;
    for (const CoachFlag &flag : m_review.flags) {
        if (m_acknowledgedCodes.contains(flag.code))
            kept.append(flag);
    }
    return kept;
}

KeyResult KeyResultRow::keyResult() const
{
    KeyResult keyResult = m_stored;
    keyResult.title = text();
    keyResult.start = number(m_start->text(), m_unitLabel->text()).value_or(0.0);
    keyResult.target = number(m_target->text(), m_unitLabel->text()).value_or(0.0);
    keyResult.unit = MeasureUnit(m_unit->currentData().toInt());
    keyResult.unitLabel = m_unitLabel->text().trimmed();
    keyResult.kind = KeyResultKind(m_kind->currentData().toInt());
    keyResult.owner = m_owner->text().trimmed();
    return keyResult;
}

void KeyResultRow::setInitiatives(const QList<Initiative> &initiatives)
{
    m_initiatives = initiatives;
}

QList<QWidget *> KeyResultRow::focusOrder() const
{
    return {m_text, m_start, m_target, m_unit, m_unitLabel, m_kind, m_owner, m_keep, m_convert, m_remove};
}

void KeyResultRow::reviewText()
{
    if (isEmpty()) {
        m_review = {};
        m_verdict->clear();
    } else {
        m_review = m_coach.reviewKeyResult(text(), m_context);
        m_verdict->showKeyResultReview(m_review);
    }
    const Metric &metric = m_review.metric;
    if (!m_startEdited)
        m_start->setText(numberText(metric.start));
    if (!m_targetEdited)
        m_target->setText(numberText(metric.target));
    if (!m_unitEdited) {
        m_unit->setCurrentIndex(m_unit->findData(int(metric.unit)));
        m_unitLabel->setText(metric.unitLabel);
    }
    if (!m_kindEdited)
        m_kind->setCurrentIndex(m_kind->findData(int(metric.kind.value_or(KeyResultKind::Increase))));
    updateFlagControls();
}

void KeyResultRow::validateNumbers()
{
    QStringList problems;
    for (const QLineEdit *field : {m_start, m_target}) {
        if (!number(field->text(), m_unitLabel->text()))
            problems.append(ValueParser().read(field->text(), m_unitLabel->text()).problem);
    }
    m_numberError->setText(problems.join(QLatin1Char(' ')));
    m_numberError->setVisible(!problems.isEmpty());
}

void KeyResultRow::updateFlagControls()
{
    // A changed set of flags needs a new acknowledgement.
    const QStringList codes = codesOf(m_review.flags);
    if (codes != m_acknowledgedCodes && m_keep->isChecked()) {
        const QSignalBlocker blocker(m_keep);
        m_keep->setChecked(false);
        m_acknowledgedCodes.clear();
    }
    m_keep->setVisible(!isEmpty() && !codes.isEmpty());
    m_convert->setVisible(isOutput());
    m_remove->setEnabled(!isEmpty() || !m_initiatives.isEmpty());
}

std::optional<double> KeyResultRow::number(const QString &text, const QString &unitLabel)
{
    // Empty means zero, as a new key result starts.
    return text.trimmed().isEmpty() ? std::optional<double>(0.0) : ValueParser().value(text, unitLabel);
}

QString KeyResultRow::numberText(std::optional<double> value)
{
    return value ? ValueFormat().editable(*value) : QString();
}
