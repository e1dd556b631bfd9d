#include "wizard/OkrObjectivePage.h"

#include "coach/CoachLexicon.h"
#include "widgets/Accessibility.h"
#include "widgets/CoachVerdictLabel.h"
#include "widgets/TextLimitHint.h"
#include "wizard/OkrWherePage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

OkrObjectivePage::OkrObjectivePage(const OkrWherePage &where, QWidget *parent)
    : QWizardPage(parent)
    , m_where(where)
    , m_parent(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_verdict(new CoachVerdictLabel(this))
{
    setTitle(tr("The objective"));
    setSubTitle(tr("A qualitative, inspiring direction for the quarter. Numbers go in the key results, "
                   "projects in the initiatives."));
    m_parent->setObjectName(QStringLiteral("wizardObjectiveParent"));
    m_parent->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("wizardObjectiveText"));
    m_text->setAccessibleName(tr("Objective"));
    TextLimitHint::limit(m_text, TextField::ObjectiveTitle);
    m_text->setPlaceholderText(tr("e.g. Increase product reach in Germany"));
    m_text->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_text);
    m_verdict->setObjectName(QStringLiteral("wizardObjectiveVerdict"));
    m_verdict->setAccessibleName(tr("Coach's verdict on the objective"));

    // The coach reads English words: in a language it has no lexicon for, it would flag good objectives as vague.
    // QLocale() is the interface's language (InterfaceLanguage).
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QLabel *coachLanguage = nullptr;
    if (language != QLatin1String("en") && language != QLatin1String("C") && !CoachLexicon::exists(language)) {
        coachLanguage = new QLabel(tr("The coach understands English only: it has no word list for %1 yet. Write "
                                      "the objective and key results in English to get its advice.")
                                       .arg(QLocale().nativeLanguageName()),
                                   this);
        coachLanguage->setObjectName(QStringLiteral("wizardCoachLanguage"));
        coachLanguage->setWordWrap(true);
    }

    auto *label = new QLabel(tr("&Objective:"), this);
    label->setBuddy(m_text);

    auto *questions = new QGroupBox(tr("Ask yourselves"), this);
    questions->setObjectName(QStringLiteral("wizardObjectiveQuestions"));
    auto *questionsLayout = new QVBoxLayout(questions);
    // The seed guide's six questions for a good objective: for the discussion, not a gate.
    for (const QString &question :
         {tr("Does the objective help achieve company goals?"), tr("Is the objective inspiring?"),
          tr("Does this objective provide business value?"), tr("Is this objective really achievable in one quarter?"),
          tr("Is this objective solving the problems our team is having?"),
          tr("Is this objective actionable and achievable by just us?")}) {
        auto *check = new QCheckBox(question, questions);
        questionsLayout->addWidget(check);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_parent);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_verdict);
    if (coachLanguage)
        layout->addWidget(coachLanguage);
    layout->addWidget(questions);
    layout->addStretch(1);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        reviewText();
        emit completeChanged();
    });
}

void OkrObjectivePage::setText(const QString &text)
{
    m_text->setText(text);
}

QString OkrObjectivePage::text() const
{
    return m_text->text().simplified();
}

void OkrObjectivePage::initializePage()
{
    const QString parentTitle = m_where.parentObjectiveTitle();
    m_parent->setText(parentTitle.isEmpty() ? tr("Not aligned with a higher objective.")
                                            : tr("Write toward: <b>%1</b>").arg(parentTitle.toHtmlEscaped()));
    m_text->setFocus(Qt::OtherFocusReason);
}

bool OkrObjectivePage::isComplete() const
{
    return !text().isEmpty();
}

void OkrObjectivePage::reviewText()
{
    if (text().isEmpty()) {
        m_review = {};
        m_verdict->clear();
        return;
    }
    m_review = m_coach.reviewObjective(text());
    m_verdict->showObjectiveReview(m_review);
}
