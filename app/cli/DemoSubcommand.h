#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck demo FILE`: writes the demo company into a new document.
class DemoSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(DemoSubcommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
