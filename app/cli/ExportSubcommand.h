#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck export FILE --format csv|json [--cycle C] --out PATH`: the document, or one cycle, as CSV for
// spreadsheets or as lossless JSON.
class ExportSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(ExportSubcommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
