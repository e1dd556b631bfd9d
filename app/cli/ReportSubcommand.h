#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>

class PdfDrawing;

// `quarterdeck report FILE --cycle C --out report.pdf [--team NAME]`: the quarter report as a PDF, headless.
class ReportSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(ReportSubcommand)

public:
    // Draws with `drawing`; without one (null) it refuses to run.
    explicit ReportSubcommand(const PdfDrawing *drawing)
        : m_drawing(drawing)
    {
    }

    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    // Fonts and Qt Charts need a QGuiApplication: see needsGuiApplication.
    bool draws(const QCommandLineParser &) const override { return true; }
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    const PdfDrawing *m_drawing;
};
