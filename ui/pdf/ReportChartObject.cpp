#include "pdf/ReportChartObject.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextCursor>

namespace {

enum ChartProperty { FactoryIndex = QTextFormat::UserProperty + 1, ChartSize };

} // namespace

ReportChartObject::ReportChartObject(QObject *parent)
    : QObject(parent)
{
}

void ReportChartObject::insert(QTextCursor &cursor, QSizeF size, ChartFactory factory)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(FactoryIndex, static_cast<qulonglong>(m_factories.size()));
    format.setProperty(ChartSize, size);
    m_factories.push_back(std::move(factory));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSize).toSizeF();
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const auto index = format.property(FactoryIndex).toULongLong();
    if (index >= m_factories.size())
        return;
    QGraphicsScene scene;
    // Drawn once and dropped: an index of the items would cost more to build than it saves.
    scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    QChart *chart = m_factories[index]().release();
    scene.addItem(chart); // the scene owns the chart from here
    chart->resize(rect.size());
    // Lay the chart out now: it would otherwise wait for an event loop that a PDF export does not run.
    chart->layout()->activate();
    scene.setSceneRect(chart->rect());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, chart->rect());
    painter->restore();
}
