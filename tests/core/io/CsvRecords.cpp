#include "core/io/CsvRecords.h"

#include <QBuffer>

QList<QStringList> csvRecords(const QByteArray &bytes, qsizetype chunkSize)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(device, chunkSize);
    QList<QStringList> records;
    while (reader.next()) {
        QStringList fields;
        for (qsizetype index = 0; index < reader.fieldCount(); ++index)
            fields.append(reader.field(index));
        records.append(fields);
    }
    return records;
}
