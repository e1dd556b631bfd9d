#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

#include <functional>

class Coach;
struct CoachFlag;

class CycleReview;

// `quarterdeck lint [--objective] [--json] [TEXT...]`: the coach's verdict and flags for each key result (or
// objective) given as arguments, or for each line of standard input.
// `quarterdeck lint --document FILE [--cycle C] [--team NAME] [--json]`: the same for every objective and key result of
// a cycle of a document, team by team, with a summary; exits 1 when the coach flags anything. An option rather than
// a FILE argument: any argument may be a key result's text, and a mistyped file name must not pass as one.
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
    int lintTexts(const QCommandLineParser &parser, QTextStream &out);
    int lintDocument(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static void writeReviewHuman(QTextStream &out, const CycleReview &review);
    static void writeReviewJson(QTextStream &out, const CycleReview &review, const QString &cycleName);
    static void writeSummaryHuman(QTextStream &out, const CycleReview &review, const QString &cycleName);
    // Writes the JSON lines gathered so far once they are many; `lines` then starts again.
    static void writeWhenFull(QTextStream &out, QByteArray &lines);
    static void forEachStandardInputLine(const std::function<void(const QString &)> &use);
    // JSON lines, already UTF-8, go to the stream's device as they are: encoding them from QString again was most
    // of what lint adds to the coach. A stream over a string (the tests) takes them decoded.
    static void writeUtf8(QTextStream &out, const QByteArray &utf8);
    // `heading` (the text, printable already), then the verdict and the flags below it, each line after `indent`.
    static void writeHuman(QTextStream &out, const QString &indent, const QString &heading, const QString &verdict,
                           const QList<CoachFlag> &flags, const QString &metric);
    static void writeFlags(QTextStream &out, const QString &indent, const QList<CoachFlag> &flags);
};
