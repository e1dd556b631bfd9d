#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QTextCursor;

// Charts inside a QTextDocument: each is an inline object that the document lays out and paginates like text,
// and that draws its QChart straight into the painter, so a PDF gets vector charts, not pictures of them.
// Register it on the document's layout (QAbstractTextDocumentLayout::registerHandler(Type, handler)).
class ReportChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    using ChartFactory = std::function<std::unique_ptr<QChart>()>;

    explicit ReportChartObject(QObject *parent = nullptr);

    // Inserts a chart of `size` (in the document's units) at the cursor; the chart is made only when drawn.
    void insert(QTextCursor &cursor, QSizeF size, ChartFactory factory);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    std::vector<ChartFactory> m_factories;
};
