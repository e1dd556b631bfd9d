#pragma once

#include <QFont>
#include <QIdentityProxyModel>
#include <QPalette>

// The board's rows as ProgressBoardPrinter puts them on paper. Colours move from the shown palette to paper
// (PaceColours::paper): a status colour to the same status on paper, a palette colour (a card's shading) to the
// same role on paper, since the board model takes its colours from the application's palette, which may be dark.
// Fonts become the printer's font in pixels with the row's weight and style: a font the model made from the
// application's would be sized for the screen again on a printer's resolution.
class PrintedBoardModel : public QIdentityProxyModel {
    Q_OBJECT
public:
    PrintedBoardModel(const QPalette &shown, const QFont &font, QObject *parent = nullptr);

    const QPalette &paper() const { return m_paper; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QColor onPaper(const QColor &shownColour) const;
    QFont inPrintFont(const QFont &rowFont) const;

    QPalette m_shown;
    QPalette m_paper;
    QFont m_font;
};
