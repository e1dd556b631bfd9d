#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck board FILE [--cycle C] [--team NAME] [--since WEEK] [--format text|json] [--out PATH]`: the
// manager's board headless: where the organisation and each team stand, and with --since what changed after that
// week, for a weekly script.
class BoardSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(BoardSubcommand)

public:
    QString name() const override { return QStringLiteral("board"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
