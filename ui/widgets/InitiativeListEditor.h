#pragma once

#include "model/Initiative.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLineEdit;

// The initiatives planned for one key result: a title and an owner per line, with always one empty line at the
// end to type the next one into. A line without a title is not an initiative.
class InitiativeListEditor : public QWidget {
    Q_OBJECT
public:
    explicit InitiativeListEditor(const QString &keyResultTitle, QWidget *parent = nullptr);

    void setInitiatives(const QList<Initiative> &initiatives);
    // The initiatives with a title, in order; stored ones keep their id, status and due date.
    QList<Initiative> initiatives() const;

    // The focusable fields in tab order.
    QList<QWidget *> focusOrder() const;

signals:
    void linesChanged(); // a line was added: the tab order needs the new fields

private:
    struct Line {
        Initiative stored;
        QLineEdit *title = nullptr;
        QLineEdit *owner = nullptr;
    };
    void appendLine(const Initiative &initiative);
    void lineEdited();

    QString m_keyResultTitle;
    QGridLayout *m_layout = nullptr;
    QList<Line> m_lines;
};
