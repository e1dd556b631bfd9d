#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

// The documents `quarterdeck` opens without a FILE, in the user's data directory: Quarterdeck.okr, the user's own
// organisation, and Example Company.okr, the demo company to explore. The first start asks which to begin with, so
// the demo's made-up OKRs never mix with real ones.
namespace DefaultDocument {

// `folder` empty: the user's data directory.
QString path(const QString &folder = {});
QString examplePath(const QString &folder = {});

// True when the user has no default document yet: the first start.
bool isFirstStart(const QString &folder = {});

// The example document with the demo company, created when missing; empty (and a message on `err`) when it cannot
// be created.
QString ensureExample(QTextStream &err, QDate today = QDate::currentDate(), const QString &folder = {});

// The user's default document started with the organisation, its first teams and the quarter around `today`
// active (StarterPlan); empty (and a message on `err`) when it cannot be created, and then nothing is.
QString createOrganisation(const QString &organisationName, const QStringList &teamNames, QTextStream &err,
                           QDate today = QDate::currentDate(), const QString &folder = {});

} // namespace DefaultDocument
