#include "charts/ChartPanel.h"

#include "storage/DocumentFiles.h"
#include "widgets/MessageBoxes.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLegend>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

ChartPanel::SavePathChooser &savePathChooser()
{
    static ChartPanel::SavePathChooser chooser;
    return chooser;
}

QString fileNameFrom(const QString &title)
{
    QString name = title.trimmed();
    // Characters file systems refuse or that read badly in a file name.
    for (QChar &character : name) {
        if (!character.isLetterOrNumber() && character != QLatin1Char('-'))
            character = QLatin1Char(' ');
    }
    name = name.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    return (name.isEmpty() ? QStringLiteral("chart") : name) + QStringLiteral(".png");
}

} // namespace

ChartPanel::SavePathChooser ChartPanel::setSavePathChooser(SavePathChooser chooser)
{
    return std::exchange(savePathChooser(), std::move(chooser));
}

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_exportButton(new QPushButton(tr("E&xport PNG…"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 240);
    m_exportButton->setObjectName(QStringLiteral("exportPngButton"));
    m_exportButton->setToolTip(tr("Save this chart as a PNG image"));
    connect(m_exportButton, &QPushButton::clicked, this, &ChartPanel::chooseAndExportPng);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChart(QChart *chart)
{
    // A panel showing nothing stays as it is: a new empty chart for each of the window's four panels was a part of
    // start-up and of every document opened.
    if (!chart && m_showsNothing)
        return;
    m_showsNothing = !chart;
    // QChartView releases, but does not delete, the chart it showed.
    QChart *previous = m_view->chart();
    m_view->setChart(chart ? chart : new QChart);
    delete previous;
    m_chartFontScale = 1.0;
    scaleChartFonts(fontScale());
    m_view->setAccessibleName(m_view->chart()->title());
}

double ChartPanel::fontScale() const
{
    return font().pointSizeF() / QApplication::font().pointSizeF();
}

void ChartPanel::scaleChartFonts(double factor)
{
    if (qFuzzyCompare(factor, 1.0))
        return;
    const auto scaled = [factor](QFont font) {
        font.setPointSizeF(font.pointSizeF() * factor);
        return font;
    };
    QChart *shown = chart();
    shown->setTitleFont(scaled(shown->titleFont()));
    shown->legend()->setFont(scaled(shown->legend()->font()));
    for (QAbstractAxis *axis : shown->axes()) {
        axis->setLabelsFont(scaled(axis->labelsFont()));
        axis->setTitleFont(scaled(axis->titleFont()));
    }
    m_chartFontScale *= factor;
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        scaleChartFonts(fontScale() / m_chartFontScale);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::exportPng(const QString &path)
{
    if (!m_documentPath.isEmpty()) {
        if (const QString refusal = DocumentFiles(m_documentPath).refusalToWrite(path); !refusal.isEmpty()) {
            MessageBoxes::warning(this, tr("Cannot Export Chart"), refusal);
            return false;
        }
    }
    const QImage image = m_view->grab().toImage();
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    const bool written = file.open(QIODevice::WriteOnly) && writer.write(image) && file.commit();
    if (!written) {
        const QString reason = writer.error() != QImageWriter::UnknownError ? writer.errorString() : file.errorString();
        MessageBoxes::warning(
            this, tr("Cannot Export Chart"),
            tr("Quarterdeck could not write “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

void ChartPanel::chooseAndExportPng()
{
    const QString suggested = fileNameFrom(chart()->title());
    const QString path = savePathChooser()
                             ? savePathChooser()(this, suggested)
                             : QFileDialog::getSaveFileName(this, tr("Export Chart"), QDir::home().filePath(suggested),
                                                            tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}
