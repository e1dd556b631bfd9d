#include "window/DocumentLocationLabel.h"

#include "storage/Document.h"

#include <QDir>

DocumentLocationLabel::DocumentLocationLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("documentLocation"));
}

QString DocumentLocationLabel::describe(const Document &document)
{
    return document.isOnServer() ? tr("Organisation database %1").arg(document.displayName())
                                 : tr("File %1").arg(QDir::toNativeSeparators(document.path()));
}

void DocumentLocationLabel::showLocationOf(const Document &document)
{
    const QString location = describe(document);
    setToolTip(location);
    setText(fontMetrics().elidedText(location, Qt::ElideMiddle, ShownCharacters * fontMetrics().averageCharWidth()));
}
