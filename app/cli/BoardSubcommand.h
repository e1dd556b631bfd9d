#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

class PdfDrawing;

// `quarterdeck board FILE [--cycle C] [--team NAME] [--since WEEK] [--format text|json|pdf] [--out PATH]`: the
// manager's board headless: where the organisation and each team stand, and with --since what changed after that
// week, for a weekly script.
class BoardSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(BoardSubcommand)

public:
    // Draws --format pdf with `drawing`; without one (null) it refuses that format.
    explicit BoardSubcommand(const PdfDrawing *drawing)
        : m_drawing(drawing)
    {
    }

    QString name() const override { return QStringLiteral("board"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    // --format pdf draws (fonts); text and JSON do not: see needsGuiApplication.
    bool draws(const QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    const PdfDrawing *m_drawing;
};
