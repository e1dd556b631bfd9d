#pragma once

#include "model/CyclePlan.h"
#include "model/Ids.h"
#include "model/TeamReview.h"
#include "storage/Revision.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class TextLimitHint;
class QPushButton;
class QTableView;
class DocumentSession;
class ReviewGradeModel;
struct DocumentChange;

// The quarterly review of one cycle, one team at a time: each objective's grade (proposed from progress,
// editable, coloured by the committed / aspirational rule) with a short reason, and the team's answers to the
// review questions (seed 003, The OKR Quarterly Review). Grades and answers are written through undo commands
// pushed on the session; the view reloads on DocumentSession::changed, keeping answers the user is still typing,
// and closes when its cycle is gone (its addition undone). A closed cycle stays editable: changes are corrections.
// Switching team or closing with answers not saved asks first: save them, discard them, or stay.
class ReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewView(DocumentSession &session, QWidget *parent = nullptr);

    // Shows the cycle; the team is `teamId` when it has objectives there, else the first team that has.
    void showCycle(Id cycleId, Id teamId = NoId);
    Id cycleId() const { return m_cycleId; }
    Id teamId() const;

    // Re-reads grades and answers from the document (after undo, redo or another view's change).
    void reload();

protected:
    // Answers typed and not saved are saved or discarded as the user says, or the window stays open.
    void closeEvent(QCloseEvent *event) override;

private:
    void followChange(const DocumentChange &change);
    void fillTeams(Id teamId);
    void switchTeam();
    void showTeam();
    void useProposedGrades();
    void saveAnswers();
    // False when the answers were not written (refused, failed, or the user chose another writer's).
    bool saveAnswersOf(Id teamId, const QString &teamName);
    QString shownTeamName() const;
    // Typed answers not saved: asks to save or discard them (true) or to stay (false); true when there are none.
    bool settleTypedAnswers(const QString &question);
    TeamReview answers(Id teamId) const;
    QList<QPlainTextEdit *> answerEditors() const;
    bool answersModified() const;
    void updateButtons();

    DocumentSession &m_session;
    Id m_cycleId = NoId;
    Revision m_answersReadAt = 0; // the latest change when the answers shown were read
    Id m_shownTeamId = NoId;      // whose answers the editors hold
    CyclePlan m_plan;

    QLabel *m_heading = nullptr;
    QComboBox *m_teamSelector = nullptr;
    ReviewGradeModel *m_grades = nullptr;
    QTableView *m_gradeTable = nullptr;
    QPushButton *m_useProposedButton = nullptr;
    QPlainTextEdit *m_performance = nullptr;
    QPlainTextEdit *m_worked = nullptr;
    QPlainTextEdit *m_failed = nullptr;
    QPlainTextEdit *m_startStopContinue = nullptr;
    QPlainTextEdit *m_lessons = nullptr;
    QPushButton *m_saveAnswersButton = nullptr;
    QList<TextLimitHint *> m_answerHints;
};
