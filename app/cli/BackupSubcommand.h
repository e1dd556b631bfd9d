#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck backup FILE TARGET [--force]`: a consistent copy of the document, safe while the window or another
// command writes to it (DocumentBackup). A document is its file plus its journal, so copying the file alone is not
// a backup. Refuses a TARGET that is the document or its journal, and an existing TARGET unless --force, which
// replaces it atomically.
class BackupSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(BackupSubcommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
