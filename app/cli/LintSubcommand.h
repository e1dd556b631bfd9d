#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

class Coach;
struct CoachFlag;

// `quarterdeck lint [--objective] [--json] [TEXT...]`: the coach's verdict and flags for each key result (or
// objective) given as arguments, or for each line of standard input.
class LintSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(LintSubcommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    static QStringList standardInputLines();
    static void writeHuman(QTextStream &out, const QString &text, const QString &verdict, const QList<CoachFlag> &flags,
                           const QString &metric);
};
