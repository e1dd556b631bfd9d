#pragma once

#include <QString>
#include <QStringList>

// A migration script cut into statements, since Qt Sql runs one statement per query.
// Understands -- and /* */ comments and quoted text; does not support triggers (BEGIN ... END blocks).
class SqlScript {
public:
    static QStringList statements(const QString &script);
};
