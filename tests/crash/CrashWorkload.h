#pragma once

#include "model/Ids.h"
#include "model/IsoWeek.h"

#include "crash/ProcessKiller.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class Document;

// The crash test's work: `quarterdeck` processes checking in and importing into one shared document, and creating
// new documents (demo, generate, import into a new path), each killed with SIGKILL after a random delay unless it
// finishes first. After each trial the documents are checked: they open, pass SQLite's integrity and foreign key
// checks, everything a process reported done (exit code 0) is there, and a killed action is there whole or not at
// all. The same seed draws the same trials and delays, so a failure can be replayed.
class CrashWorkload {
public:
    enum class Family { Writes, Creations }; // check-ins and imports into one document | new documents

    CrashWorkload(QString folder, quint32 seed);

    // Writes the shared document and runs each action of the family once to the end, to learn how long it takes (the
    // first bound of the delays) and what a complete new document holds. Returns what went wrong.
    QStringList prepare(Family family);
    // One trial of the family, of a kind drawn at random; returns what went wrong (empty when nothing did).
    QStringList runTrial(Family family, int trial);
    // Trials run, processes killed and findings, for the output.
    QString summary() const;

private:
    enum class Kind { CheckIn, Import, CreateDemo, CreateGenerated, CreateByImport };

    struct OpenedDocument {
        std::unique_ptr<Document> document;
        QString problem; // why it did not open or is damaged; empty when healthy
    };
    struct Counts {
        int trials = 0;
        int killed = 0;
        int findings = 0;
    };

    static const QList<Kind> &kindsOf(Family family);
    static OpenedDocument openChecked(const QString &path);
    static QString kindName(Kind kind);
    // Row counts of the main tables: two complete creations of the same kind are equal.
    static QList<qint64> fingerprint(Document &document);

    // The command line of a trial, and what it leaves: findings after `outcome`.
    QStringList arguments(Kind kind, int trial);
    QStringList check(Kind kind, int trial, const ProcessKiller::Outcome &outcome);
    QStringList checkCheckIn(int trial, const ProcessKiller::Outcome &outcome);
    QStringList checkImport(int trial, const ProcessKiller::Outcome &outcome);
    QStringList checkCreation(Kind kind, int trial, const ProcessKiller::Outcome &outcome);
    QString writeImportFile(int trial) const; // one objective with two key results, titled after the trial
    QString createdPath(int trial) const;
    QStringList runTrial(Kind kind, int trial, std::optional<int> killAfterMs);

    QString m_folder;
    QString m_document; // the shared document of check-ins and imports
    QString m_teamName;
    QRandomGenerator m_random;
    Id m_teamId = NoId;
    IsoWeek m_week;
    QString m_cycleName;
    QList<Id> m_keyResultIds;                  // the two key results every check-in names
    QList<std::optional<double>> m_lastValues; // their values in the week after the latest trial
    std::map<Kind, double> m_killBoundMs;      // kill delays are drawn up to this
    bool m_lastRunKilled = false;
    std::map<Kind, QList<qint64>> m_completeFingerprint;
    std::map<Kind, Counts> m_counts;
};
