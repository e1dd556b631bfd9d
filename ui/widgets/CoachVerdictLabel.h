#pragma once

#include "coach/CoachTypes.h"

#include <QWidget>

class QLabel;

// What the coach says about one text, as the wizard shows it live: an icon, a one-line verdict and each flag's
// reason with its rewrite direction.
class CoachVerdictLabel : public QWidget {
    Q_OBJECT
public:
    // Good: nothing to say; Note: only notes that may stay as they are; Warning: a problem to fix.
    enum class Tone { None, Good, Note, Warning };

    explicit CoachVerdictLabel(QWidget *parent = nullptr);

    void showKeyResultReview(const KeyResultReview &review);
    void showObjectiveReview(const ObjectiveReview &review);
    void clear();

    Tone tone() const { return m_tone; }
    QString text() const; // the verdict and flags as plain text

    static QString headline(KeyResultVerdict verdict);
    static QString headline(ObjectiveVerdict verdict);
    // Each flag's sign (CoachSigns), reason and suggestion as HTML list items.
    static QString flagItems(const QList<CoachFlag> &flags);

private:
    void show(Tone tone, const QString &headline, const QList<CoachFlag> &flags);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Tone m_tone = Tone::None;
};
