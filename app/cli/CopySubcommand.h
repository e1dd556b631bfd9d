#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck copy SOURCE TARGET`: a whole document copied between a file and an organisation database on a
// PostgreSQL server, in either direction (ServerCopy): up, to move an organisation from a laptop to its server; down,
// for a backup of the server. One of the two is a postgresql:// URL; the target must be empty (a database without
// an organisation, a file that does not exist yet).
class CopySubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(CopySubcommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
