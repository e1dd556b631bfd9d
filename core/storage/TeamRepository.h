#pragma once

#include "model/Team.h"

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

private:
    Document &m_document;
};
