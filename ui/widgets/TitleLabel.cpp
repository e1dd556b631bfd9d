#include "widgets/TitleLabel.h"

TitleLabel::TitleLabel(QWidget *parent)
    : QLabel(parent)
{
    QFont titleFont = font();
    titleFont.setBold(true);
    setFont(titleFont);
    setWordWrap(true);
}
