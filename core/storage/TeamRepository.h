#pragma once

#include "model/Team.h"
#include "storage/RemovedTeams.h"
#include "storage/Revision.h"

#include <QHash>
#include <QList>

#include <optional>

class Document;

// The organisation: teams in a tree under one root team. Each write is one transaction (joining the caller's).
class TeamRepository {
public:
    explicit TeamRepository(Document &document);

    QList<Team> all() const;                               // ordered so parents come before children
    std::optional<Team> byName(const QString &name) const; // exact, case-insensitive
    QString organisationName() const;                      // the root team's name; empty when there are no teams
    Id add(const Team &team);
    void rename(Id teamId, const QString &name); // throws DocumentError when the team does not exist
    void move(Id teamId, Id parentId);           // NoId: a root team; throws DocumentError as rename does
    Revision revision(Id teamId) const;          // NotStored when it does not exist
    QHash<Id, Revision> revisions() const;       // every team's, by id: what a form read with all()

    // Removing a team with everything below it. Read what remove() is about to take away (subtree), then restore()
    // puts back those rows with the same ids, and re-links the rows of other teams that pointed into them.
    RemovedTeams subtree(Id teamId) const;
    void remove(Id teamId); // with the teams below it and all their content (the schema's cascades)
    void restore(const RemovedTeams &removed);

private:
    Document &m_document;
};
