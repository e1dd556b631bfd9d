#pragma once

#include "checkin/CheckInService.h"
#include "model/CheckIn.h"
#include "storage/Revision.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QToolButton;
class DocumentSession;
class TextLimitHint;

// The weekly check-in form (seed 003, "The OKR Weekly Check In"): for a team and an ISO week, each key result's new
// value with its progress, pace, confidence and comment, then Plans / Progress / Problems per person, lessons learned
// and next week's priorities. Opening a team and week that was checked in edits that check-in. Save pushes one
// SaveCheckInCommand onto the session and accepts the dialog; when the write fails the dialog stays open with
// the reason shown. The form remembers the week's revision when it read it: when someone else (the command line,
// another window) saved that week since, Save writes nothing and asks whether to keep their values (the form
// reloads), overwrite them with the form's, or go on editing.
//
// Hook-up: CheckInDialog dialog(session, window); dialog.exec();
class CheckInDialog : public QDialog {
    Q_OBJECT
public:
    // Starts on the last team used (else the first team with key results) and CheckInService::defaultWeek().
    CheckInDialog(DocumentSession &session, QWidget *parent = nullptr);
    ~CheckInDialog() override;

    void setTeamAndWeek(Id teamId, IsoWeek week);
    Id teamId() const;
    IsoWeek week() const { return m_week; }
    // What Save writes; only meaningful while canSave().
    CheckIn checkIn() const;
    bool canSave() const;

signals:
    void checkInSaved(Id teamId, IsoWeek week);

private:
    struct KeyResultRow {
        CheckInService::KeyResultLine line;
        QLineEdit *value = nullptr;
        QLabel *standing = nullptr;
        QComboBox *confidence = nullptr;
        QLineEdit *comment = nullptr;
    };

    void buildHeader();
    QToolButton *createWeekButton(int step); // -1: the previous week, 1: the next
    QWidget *buildKeyResults();
    QWidget *buildNotes();
    void load();
    void loadKeyResults();
    void loadNotes(const std::optional<CheckIn> &saved);
    void addNoteRow(const PlanItem &item);
    void removeSelectedNoteRows();
    void updateStanding(KeyResultRow &row);
    void updateSaveState();
    void weekTyped();
    void moveWeek(int weeks);
    void save();
    void resolveConflict(const QString &message);
    QString errorStyle() const; // messages that block saving, in the off-track colour of the dialog's palette

    DocumentSession &m_session;
    Repository &m_repository;
    CheckInService m_service;
    IsoWeek m_week;
    CheckInService::WeekCheck m_weekCheck;
    Revision m_readRevision = NotStored; // of the week shown, when it was read
    std::vector<KeyResultRow> m_rows;

    QComboBox *m_team = nullptr;
    QLineEdit *m_weekEdit = nullptr;
    QLabel *m_weekStatus = nullptr;
    QCheckBox *m_correction = nullptr; // shown for a week of a closed cycle: the user says this corrects it
    QScrollArea *m_keyResultsArea = nullptr;
    QLabel *m_carriedOver = nullptr;
    QTableWidget *m_notes = nullptr;
    QPlainTextEdit *m_lessons = nullptr;
    QPlainTextEdit *m_nextPriorities = nullptr;
    TextLimitHint *m_lessonsHint = nullptr;
    TextLimitHint *m_nextPrioritiesHint = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
