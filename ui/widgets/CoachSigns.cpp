#include "widgets/CoachSigns.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

QString CoachSigns::sign(CoachSeverity severity)
{
    return severity == CoachSeverity::Info ? QStringLiteral("ℹ") : QStringLiteral("⚠");
}

QIcon CoachSigns::icon(bool warning, const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr,
                               widget);
}
