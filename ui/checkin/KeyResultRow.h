#pragma once

#include "coach/CoachTypes.h"
#include "model/Initiative.h"
#include "model/KeyResult.h"

#include <QFrame>

#include <optional>

class Coach;
class CoachVerdictLabel;
class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

// One key result on the wizard's key results page: its text with start, target, unit and kind (prefilled from the
// text by the coach's parser until the user edits them), the person who owns it, the coach's live verdict, the
// acknowledgement a kept flag needs, and the initiatives planned for it (edited on the next page).
class KeyResultRow : public QFrame {
    Q_OBJECT
public:
    KeyResultRow(const Coach &coach, const KeyResultContext &context, QWidget *parent = nullptr);

    // Shows a stored key result: its numbers are the user's, the parser leaves them alone.
    void setKeyResult(const KeyResult &keyResult, const QList<Initiative> &initiatives);
    // Replaces the text and selects `selected` in it (a template's blank).
    void setText(const QString &text, const QString &selected = {});
    void setNumber(int number); // 1-based, for accessible names
    // The owner names the owner field completes from (the document's, shared by every row).
    void setOwnerNames(QAbstractItemModel *names);
    void focusText();

    QString text() const;
    bool isEmpty() const;
    bool hasValidNumbers() const;
    // True when the coach flags it and the team has not acknowledged the flag yet.
    bool needsAcknowledgement() const;
    bool isOutput() const;
    const KeyResultReview &review() const { return m_review; }
    QList<CoachFlag> keptFlags() const; // the acknowledged flags

    // The key result as it will be stored; the numbers must be valid.
    KeyResult keyResult() const;
    const QList<Initiative> &initiatives() const { return m_initiatives; }
    void setInitiatives(const QList<Initiative> &initiatives);

    // The focusable fields in tab order.
    QList<QWidget *> focusOrder() const;

signals:
    void edited();
    void removeRequested(KeyResultRow *row);
    // The convert menu is about to open: the page lists the other key results in it.
    void convertMenuAboutToShow(KeyResultRow *row, QMenu *menu);

private:
    void reviewText();
    void validateNumbers();
    void updateFlagControls();
    static std::optional<double> number(const QString &text, const QString &unitLabel);
    static QString numberText(std::optional<double> value);

    const Coach &m_coach;
    KeyResultContext m_context;
    KeyResultReview m_review;
    KeyResult m_stored; // what is kept from a stored key result (id, owner, weight, ...); a fresh one otherwise
    QList<Initiative> m_initiatives;

    QLineEdit *m_text = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_unitLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_numberError = nullptr;
    CoachVerdictLabel *m_verdict = nullptr;
    QCheckBox *m_keep = nullptr;
    QToolButton *m_convert = nullptr;
    QToolButton *m_remove = nullptr;

    // Fields the user changed: the parser no longer fills them.
    bool m_startEdited = false;
    bool m_targetEdited = false;
    bool m_unitEdited = false;
    bool m_kindEdited = false;
    QStringList m_acknowledgedCodes; // the flags the keep box was ticked for
};
