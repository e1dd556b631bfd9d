#pragma once

#include "model/Ids.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class DocumentSession;

// A team's weekly notes, week by week (newest first): key result updates, Plans / Progress / Problems per person,
// lessons learned and next week's priorities. Above them what a manager should notice: weeks of the current cycle
// without a check-in and the team's stalled key results. Refreshes itself on DocumentSession::changed.
//
// Those alerts read the team's whole cycle, so a hidden view (the dock's other tab, or closed) reads nothing: it
// refreshes when it is shown again. Moving within the same team reads nothing either.
class TeamNotesView : public QWidget {
    Q_OBJECT
public:
    TeamNotesView(DocumentSession &session, QWidget *parent = nullptr);

    void setTeam(Id teamId);
    Id teamId() const { return m_teamId; }
    void refresh();
    // Refreshes now when the view is seen, else when it is next shown.
    void refreshWhenSeen();

    QString alertsText() const; // what the alerts line says, for tests and the accessible description
    QString notesText() const;  // the notes as plain text

protected:
    void showEvent(QShowEvent *event) override;

private:
    DocumentSession &m_session;
    Id m_teamId = NoId;
    bool m_stale = true; // what is shown is not the team's latest
    QLabel *m_title = nullptr;
    QLabel *m_alerts = nullptr;
    QTextBrowser *m_notes = nullptr;
};
