#pragma once

#include "cli/Subcommand.h"

// `quarterdeck export FILE --format csv|json [--cycle C] --out PATH`: the document, or one cycle, as CSV for
// spreadsheets or as lossless JSON.
class ExportSubcommand : public Subcommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
