#pragma once

#include "coach/Coach.h"

#include <QWizardPage>

class CoachVerdictLabel;
class OkrWherePage;
class QLabel;
class QLineEdit;

// The wizard's second page: the objective's text with the coach's verdict live (tasks and metrics are flagged with
// the reason and a rewrite direction), the parent objective it aligns with, and the six questions of a good
// objective as a checklist for the team's discussion.
class OkrObjectivePage : public QWizardPage {
    Q_OBJECT
public:
    OkrObjectivePage(const OkrWherePage &where, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    const ObjectiveReview &review() const { return m_review; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void reviewText();

    const OkrWherePage &m_where;
    Coach m_coach;
    ObjectiveReview m_review;
    QLabel *m_parent = nullptr;
    QLineEdit *m_text = nullptr;
    CoachVerdictLabel *m_verdict = nullptr;
};
