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
// Those alerts read the team's plan and histories in its cycle, so a view nobody sees (closed, or a dock tab behind
// another) reads nothing: it refreshes when it is seen again. Moving within the same team reads nothing either.
class TeamNotesView : public QWidget {
    Q_OBJECT
public:
    TeamNotesView(DocumentSession &session, QWidget *parent = nullptr);

    void setTeam(Id teamId);
    Id teamId() const { return m_teamId; }
    void refresh();
    // Refreshes now when the view is seen, else when it is next seen.
    void refreshWhenSeen();
    // Whether the user can see it where it is shown. A dock tab behind another is visible to Qt but not seen:
    // QDockWidget::visibilityChanged tells. Seen unless told otherwise.
    void setSeen(bool seen);

    QString alertsText() const; // what the alerts line says, for tests and the accessible description
    QString notesText() const;  // the notes as plain text

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool isSeen() const { return m_seen && isVisible(); }

    DocumentSession &m_session;
    Id m_teamId = NoId;
    bool m_stale = true; // what is shown is not the team's latest
    bool m_seen = true;
    QLabel *m_title = nullptr;
    QLabel *m_alerts = nullptr;
    QTextBrowser *m_notes = nullptr;
};
