#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPersistentModelIndex>
#include <QString>
#include <QStyleOptionViewItem>

#include <functional>
#include <memory>

class PrintedBoardModel;
class ProgressBoardView;
class QHeaderView;
class QPagedPaintDevice;
class QPainter;
class QTreeView;

// Draws the progress board as its view shows it, for a meeting: the filters, the team order, the folded cards, the
// columns and the organisation line the manager sees, but every shown row, not only those that fit on the screen.
// The view's own delegates paint the rows, in the paper palette with fonts in pixels (PrintedBoardModel), under a
// heading with the cycle, the day and the choices in effect. The board is laid out in the view's pixels with fonts
// sized in pixels, so text and cells scale together to any page or printer resolution.
class ProgressBoardPrinter {
    Q_DECLARE_TR_FUNCTIONS(ProgressBoardPrinter)

public:
    // Called after each page with the pages painted and the page count; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Taller pictures are refused: beyond this many image viewers and painters give up.
    static constexpr int MaximumImageHeight = 32767;

    // Reads the view's shown rows and choices now (building its controls if it has none yet). Rows the board drops
    // before they are painted are left blank.
    explicit ProgressBoardPrinter(ProgressBoardView &view);
    ~ProgressBoardPrinter();
    ProgressBoardPrinter(const ProgressBoardPrinter &) = delete;
    ProgressBoardPrinter &operator=(const ProgressBoardPrinter &) = delete;

    qsizetype shownRowCount() const { return m_rows.size(); }

    // The picture's size in the view's pixels: the columns as wide as shown, every row, a margin around.
    QSize imageSize() const;
    // The whole board as one picture of imageSize(); null when taller than MaximumImageHeight.
    QImage toImage() const;

    // The paper that suits the board: the locale's (Letter where US measures are used, else A4), landscape when the
    // columns are wider than a portrait page holds at their shown size.
    QPageLayout pageLayout() const;
    // Paints the board on `device` (a QPdfWriter or QPrinter with its page layout set) page by page, the heading
    // and the column titles on each page and its number below. False when cancelled or a page could not be added.
    bool paint(QPagedPaintDevice &device, const Progress &progress = {}) const;

private:
    struct Row {
        // Of the view's model; persistent, as the progress dialog lets a document change reach the board meanwhile.
        QPersistentModelIndex index;
        int depth = 0;
        bool hasRows = false;  // a card with objectives, shown or folded
        bool expanded = false; // its rows are shown
        int height = 0;
    };
    // The rows on one page: [first, end).
    struct Page {
        qsizetype first = 0;
        qsizetype end = 0;
    };

    void collectRows(const QModelIndex &parent, int depth);
    int measureRow(const QModelIndex &index) const;
    QStyleOptionViewItem cellOption(const QRect &rect) const;
    QFont scaledFont(double scale, bool bold) const;

    int headingHeight(bool withOrganisation) const;
    int columnTitlesHeight() const;
    int footerHeight() const;
    QList<Page> pagesOf(int pageHeight) const;

    int paintHeading(QPainter &painter, int top, bool withOrganisation) const;
    int paintColumnTitles(QPainter &painter, int top) const;
    int paintRows(QPainter &painter, int top, qsizetype first, qsizetype end) const;
    void paintRow(QPainter &painter, const Row &row, int top) const;

    const QTreeView *m_tree = nullptr;
    const QHeaderView *m_header = nullptr;
    QFont m_font; // the view's, in pixels
    std::unique_ptr<PrintedBoardModel> m_printedModel;
    QList<int> m_columns; // the shown columns' logical indexes, left to right
    int m_treeColumn = 0;
    int m_width = 0;            // of the columns
    int m_uniformRowHeight = 0; // every row's, when the view measures one row for all
    QString m_title;
    QString m_subtitle;
    QString m_organisation;
    QList<Row> m_rows;
};
