#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck generate FILE --teams N --cycles M [--seed S]`: a large organisation for trying scale.
class GenerateSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(GenerateSubcommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
