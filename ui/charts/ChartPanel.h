#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QPushButton;

// One chart with an "Export PNG…" button: the frame every chart of the Charts view and the details panel uses.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    // Asks where to save a PNG (a file dialog by default); returns an empty path when cancelled. Tests replace it.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    static SavePathChooser setSavePathChooser(SavePathChooser chooser); // returns the previous one; empty: dialog

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Shows `chart`, taking ownership; the previous chart is deleted. Null shows an empty chart.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // The open document, which an export never writes over (nor its journal); empty when none is open.
    void setDocumentPath(const QString &path) { m_documentPath = path; }

    // Writes the chart as drawn to a PNG, replacing the file only once the image is complete; refuses the open
    // document and its journal. On failure says why in a message box and returns false.
    bool exportPng(const QString &path);

public slots:
    void chooseAndExportPng();

protected:
    // A larger font for the panel (presentation mode) makes the chart's fonts larger by as much.
    void changeEvent(QEvent *event) override;

private:
    // The panel's font against the application's, from which ChartFactory derives every chart font.
    double fontScale() const;
    void scaleChartFonts(double factor);

    double m_chartFontScale = 1.0; // the scale the shown chart's fonts are drawn at
    bool m_showsNothing = true;    // the empty chart it starts with, or none given since
    QChartView *m_view = nullptr;
    QPushButton *m_exportButton = nullptr;
    QString m_documentPath;
};
