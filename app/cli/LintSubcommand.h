#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

#include <functional>

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
    // Each line as it is read, so that memory stays flat however long the input.
    static void forEachStandardInputLine(const std::function<void(const QString &)> &use);
    // JSON lines, already UTF-8, go to the stream's device as they are: encoding them from QString again was most
    // of what lint adds to the coach. A stream over a string (the tests) takes them decoded.
    static void writeUtf8(QTextStream &out, const QByteArray &utf8);
    static void writeHuman(QTextStream &out, const QString &text, const QString &verdict, const QList<CoachFlag> &flags,
                           const QString &metric);
};
