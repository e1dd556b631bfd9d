#include "board/PrintedBoardModel.h"

#include "palette/PaceColours.h"

#include <QBrush>

PrintedBoardModel::PrintedBoardModel(const QPalette &shown, const QFont &font, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_shown(shown)
    , m_paper(PaceColours::paper(shown))
    , m_font(font)
{
}

QVariant PrintedBoardModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::FontRole:
        return value.isValid() ? QVariant(inPrintFont(value.value<QFont>())) : value;
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        if (value.typeId() == QMetaType::QColor)
            return onPaper(value.value<QColor>());
        if (value.typeId() == QMetaType::QBrush)
            return onPaper(value.value<QBrush>().color());
        return value;
    default:
        return value;
    }
}

QColor PrintedBoardModel::onPaper(const QColor &shownColour) const
{
    for (const Confidence status : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack}) {
        if (shownColour == PaceColours::forStatus(status, m_shown))
            return PaceColours::forStatus(status, m_paper);
        if (shownColour == PaceColours::forText(status, m_shown))
            return PaceColours::forText(status, m_paper);
    }
    // A card's shading first: on some palettes it is also the window's colour, which paper makes white.
    for (const QPalette::ColorRole role :
         {QPalette::AlternateBase, QPalette::Base, QPalette::Text, QPalette::PlaceholderText, QPalette::Window,
          QPalette::WindowText, QPalette::Mid, QPalette::Dark, QPalette::Light}) {
        if (shownColour == m_shown.color(role))
            return m_paper.color(role);
    }
    return shownColour;
}

QFont PrintedBoardModel::inPrintFont(const QFont &rowFont) const
{
    QFont font(m_font);
    font.setWeight(rowFont.weight());
    font.setItalic(rowFont.italic());
    font.setUnderline(rowFont.underline());
    font.setStrikeOut(rowFont.strikeOut());
    return font;
}
