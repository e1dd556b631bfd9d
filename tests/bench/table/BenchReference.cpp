// The references the benchmark table measures Quarterdeck against, each the plainest program doing the same work:
//   quarterdeck_bench_reference pdf TEXT OUT   the report's text through QTextDocument to QPdfWriter, nothing else
//   quarterdeck_bench_reference coach FILE     the coach on every line of FILE, no output (what lint adds to it)
//   quarterdeck_bench_reference window         a main window with a chart, shown, quit once it is drawn
#include "coach/Coach.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QMainWindow>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <iostream>

namespace {

int plainPdf(const QString &textPath, const QString &pdfPath)
{
    QFile text(textPath);
    if (!text.open(QIODevice::ReadOnly | QIODevice::Text))
        return 1;
    QTextDocument document;
    document.setPlainText(QString::fromUtf8(text.readAll()));
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return 0;
}

int coachEveryLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 1;
    const Coach coach;
    QTextStream lines(&file);
    int verdicts = 0;
    QString line;
    while (lines.readLineInto(&line))
        verdicts += int(coach.reviewKeyResult(line).verdict);
    return verdicts < 0 ? 1 : 0; // uses the verdicts, so that the reviews cannot be optimised away
}

// Quits once the window's first expose has been handled (painted): the moment Quarterdeck's FirstDrawn tells.
class QuitWhenDrawn : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, qApp, &QApplication::quit);
        return false;
    }
};

// What every Qt window with a chart pays before it shows anything: the libraries, the platform, fonts, a paint.
int bareWindow(QApplication &application)
{
    QMainWindow window;
    auto *series = new QLineSeries;
    series->append({{0, 0}, {1, 2}, {2, 1}});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1280, 720);
    window.show();
    QuitWhenDrawn quitWhenDrawn;
    window.windowHandle()->installEventFilter(&quitWhenDrawn);
    return application.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv); // QTextDocument lays text out with the GUI's fonts
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("pdf"))
        return plainPdf(arguments.at(2), arguments.at(3));
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("coach"))
        return coachEveryLine(arguments.at(2));
    if (arguments.size() == 2 && arguments.at(1) == QLatin1String("window"))
        return bareWindow(application);
    std::cerr << "usage: quarterdeck_bench_reference pdf TEXT OUT | coach FILE | window\n";
    return 2;
}
