#include "window/DocumentNoticeBar.h"

#include "storage/Document.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

DocumentNoticeBar::DocumentNoticeBar(QAction *saveCopyAction, QAction *reconnectAction, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_saveCopyButton(new QToolButton(this))
    , m_reconnectButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("documentNotice"));
    setFrameShape(QFrame::StyledPanel);
    // The tool tip colours: a note about the document, not part of the plan.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCopyButton->setDefaultAction(saveCopyAction);
    m_saveCopyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reconnectButton->setDefaultAction(reconnectAction);
    m_reconnectButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveCopyButton);
    layout->addWidget(m_reconnectButton);
    hide();
}

void DocumentNoticeBar::showNoticeFor(const Document &document)
{
    if (document.isReadOnly()) {
        m_text->setText(tr("<b>Read-only.</b> %1 Nothing can be changed here; save a copy to go on in a copy you "
                           "can change.")
                            .arg(document.readOnlyReason().toHtmlEscaped()));
    } else if (!document.upgradeBackupPath().isEmpty()) {
        m_text->setText(tr("This document was upgraded to this version of Quarterdeck. The previous version is kept "
                           "in %1.")
                            .arg(QDir::toNativeSeparators(document.upgradeBackupPath()).toHtmlEscaped()));
    } else {
        hide();
        return;
    }
    m_saveCopyButton->setVisible(document.isReadOnly());
    m_reconnectButton->hide();
    show();
}

void DocumentNoticeBar::showConnectionLost(const QString &why)
{
    m_text->setText(tr("<b>Connection lost.</b> %1 Quarterdeck reconnects as soon as the server answers, and then shows "
                       "the document as it is. A form you are filling in keeps what you typed: save it again then.")
                        .arg(why.toHtmlEscaped()));
    m_saveCopyButton->hide();
    m_reconnectButton->show();
    show();
}

QString DocumentNoticeBar::text() const
{
    return m_text->text();
}
