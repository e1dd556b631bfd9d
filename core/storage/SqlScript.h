#pragma once

#include <QString>
#include <QStringList>

// A migration script cut into statements, since Qt Sql runs one statement per query.
// Understands -- and /* */ comments and quoted text. A CREATE TRIGGER statement runs to the ";" after its END (its
// body's statements may not end in END themselves, as a CASE expression would). PostgreSQL's dollar-quoted function
// bodies ($$ ... $$, $tag$ ... $tag$) are kept whole.
class SqlScript {
public:
    static QStringList statements(const QString &script);
};
