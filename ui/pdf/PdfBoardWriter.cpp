#include "pdf/PdfBoardWriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

PdfBoardWriter::PdfBoardWriter(QString title, QString text)
    : m_title(std::move(title))
    , m_text(std::move(text))
{
}

bool PdfBoardWriter::write(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_errorString = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Quarterdeck %1").arg(QStringLiteral(QUARTERDECK_VERSION)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));

        QTextDocument document;
        QTextCursor cursor(&document);
        QTextCharFormat heading;
        heading.setFontPointSize(16);
        heading.setFontWeight(QFont::Bold);
        cursor.insertText(m_title, heading);
        QTextCharFormat body;
        body.setFontPointSize(10);
        for (const QString &line : m_text.split(QLatin1Char('\n'))) {
            cursor.insertBlock();
            cursor.insertText(line, body);
        }
        document.print(&writer);
    }
    if (!file.commit()) {
        m_errorString = file.errorString();
        return false;
    }
    return true;
}
