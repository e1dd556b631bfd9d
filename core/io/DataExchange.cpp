#include "io/DataExchange.h"

#include "io/CsvExchange.h"
#include "io/ExchangeError.h"
#include "io/ExchangeExtractor.h"
#include "io/JsonExchange.h"
#include "storage/Repository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// Each record written as it is read: a fault further on rolls back what came before it.
ImportSummary importFrom(Repository &repository, QIODevice &device, ExchangeFormat format)
{
    if (format == ExchangeFormat::Json)
        return ExchangeLoader::load(repository, [&](ExchangeSink &loader) { JsonExchange::read(device, loader); });
    QStringList knownCycles;
    for (const Cycle &cycle : repository.cycles().all())
        knownCycles.append(cycle.name);
    return ExchangeLoader::load(repository,
                                [&](ExchangeSink &loader) { CsvExchange::read(device, loader, knownCycles); });
}

// Writes the export into `device` as the records are read: JSON kind by kind, CSV (whose rows nest each objective's
// key results and initiatives) in the order of its rows, without the check-ins it does not hold. Returns false when
// the device refused a write; `unreadable` gets what a damaged document could not give.
bool writeExport(const Repository &repository, ExchangeFormat format, std::optional<Id> cycleId, QIODevice &device,
                 QStringList &unreadable)
{
    if (format == ExchangeFormat::Json) {
        JsonExportWriter writer = JsonExchange::writer(device);
        unreadable = ExchangeExtractor::extract(repository, writer, cycleId);
        return writer.finish();
    }
    return CsvExchange::write(device, [&](CyclePlanSink &writer) {
        unreadable = ExchangeExtractor::extractByCycle(repository, writer, cycleId);
    });
}

} // namespace

std::optional<ExchangeFormat> DataExchange::formatNamed(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExchangeFormat::Csv;
    if (lower == QLatin1String("json"))
        return ExchangeFormat::Json;
    return std::nullopt;
}

ExchangeFormat DataExchange::detectFormat(const QString &path, const QByteArray &content)
{
    if (const std::optional<ExchangeFormat> byExtension = formatNamed(QFileInfo(path).suffix()))
        return *byExtension;
    QByteArray start = content.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.trimmed().startsWith('{') ? ExchangeFormat::Json : ExchangeFormat::Csv;
}

QByteArray DataExchange::exportData(const Repository &repository, ExchangeFormat format, std::optional<Id> cycleId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QStringList unreadable;
    writeExport(repository, format, cycleId, buffer, unreadable);
    return buffer.data();
}

QStringList DataExchange::exportToFile(const Repository &repository, ExchangeFormat format, std::optional<Id> cycleId,
                                       const QString &path)
{
    // Written as it is read: a read that fails leaves the unfinished file to QSaveFile, which drops it.
    QSaveFile file(path);
    QStringList unreadable;
    const bool writtenWhole =
        file.open(QIODevice::WriteOnly) && writeExport(repository, format, cycleId, file, unreadable);
    if (!writtenWhole || !file.commit())
        throw ExchangeError(
            QCoreApplication::translate("DataExchange", "Cannot write %1: %2").arg(path, file.errorString()));
    return unreadable;
}

ImportSummary DataExchange::importData(Repository &repository, const QByteArray &content, ExchangeFormat format)
{
    QBuffer device;
    device.setData(content);
    device.open(QIODevice::ReadOnly);
    return importFrom(repository, device, format);
}

ImportSummary DataExchange::importFile(Repository &repository, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ExchangeError(
            QCoreApplication::translate("DataExchange", "Cannot read %1: %2").arg(path, file.errorString()));
    return importFrom(repository, file, detectFormat(path, file.peek(64)));
}
