#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

// `quarterdeck import FILE --from PATH`: adds a CSV or JSON file to a document (created when missing), all or
// nothing.
class ImportSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(ImportSubcommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
