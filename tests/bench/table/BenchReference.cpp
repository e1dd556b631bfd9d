// The references the benchmark table measures Quarterdeck against, each the plainest program doing the same work:
//   quarterdeck_bench_reference pdf TEXT OUT   the report's text through QTextDocument to QPdfWriter, nothing else
//   quarterdeck_bench_reference coach FILE     the coach on every line of FILE, no output (what lint adds to it)
#include "coach/Coach.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>

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

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv); // QTextDocument lays text out with the GUI's fonts
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("pdf"))
        return plainPdf(arguments.at(2), arguments.at(3));
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("coach"))
        return coachEveryLine(arguments.at(2));
    std::cerr << "usage: quarterdeck_bench_reference pdf TEXT OUT | coach FILE\n";
    return 2;
}
