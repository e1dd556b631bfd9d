#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck checkin FILE --team NAME [--week 2026-W47] --kr KEY=VALUE... [--confidence C] [--comment TEXT]`:
// scripted key result updates from other systems, with the form's validation; merges into the week's check-in.
class CheckInSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(CheckInSubcommand)

public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
