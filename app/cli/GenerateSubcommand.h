#pragma once

#include "cli/Subcommand.h"

// `quarterdeck generate FILE --teams N --cycles M [--seed S]`: a large organisation for trying scale.
class GenerateSubcommand : public Subcommand {
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
