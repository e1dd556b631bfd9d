#pragma once

#include "io/ExchangeSink.h"

#include <QByteArray>
#include <QDate>

#include <optional>

class QIODevice;

// Writes the JSON export into a device as its records are handed over, kind by kind in ExchangeSink's order: each
// record's text goes into a buffer of some 64 KiB that is written out when full, so the export is never held
// whole. Compact JSON, keys in alphabetical order (as QJsonObject writes them); every list is written, empty ones
// too.
class JsonExportWriter : public ExchangeSink {
public:
    // Writes the start: the format's name and version.
    JsonExportWriter(QIODevice &device, const QString &formatName, int formatVersion);

    void addTeam(const Team &team) override;
    void addCycle(const Cycle &cycle) override;
    void addObjective(const Objective &objective) override;
    void addKeyResult(const KeyResult &keyResult) override;
    void addInitiative(const Initiative &initiative) override;
    void addCheckIn(const CheckIn &checkIn) override;
    void addKpi(const Kpi &kpi) override;
    void addTeamReview(const TeamReview &review) override;

    // Closes the lists still open and the root object and writes what is left. False when the device refused a
    // write (a full disk): nothing after that was written.
    bool finish();

private:
    // The root object's lists, in the order they are written.
    enum class List { None, Teams, Cycles, Objectives, KeyResults, Initiatives, CheckIns, Kpis, TeamReviews };

    // Moves on to `list` (opening it and any list before it with no records) and opens a record in it.
    void startRecord(List list);
    void endRecord();
    void moveTo(List list);
    void startObject();
    // A list of objects as the value of `name`, each object's fields written by `writeFields`.
    template <typename Item, typename WriteFields>
    void objectList(const char *name, const QList<Item> &items, WriteFields &&writeFields)
    {
        key(name);
        m_json += '[';
        for (qsizetype index = 0; index < items.size(); ++index) {
            if (index > 0)
                m_json += ',';
            startObject();
            writeFields(items.at(index));
            m_json += '}';
        }
        m_json += ']';
        m_firstField = false;
    }
    void key(const char *name);
    void text(const char *name, const QString &value);
    void integer(const char *name, qint64 value);
    void number(const char *name, double value);
    void optionalNumber(const char *name, const std::optional<double> &value);
    void reference(const char *name, Id id); // null for none
    void date(const char *name, QDate day);  // null when invalid
    void boolean(const char *name, bool value);
    void null(const char *name);
    void write();

    QIODevice &m_device;
    QByteArray m_json; // what is not written yet
    List m_list = List::None;
    bool m_firstInList = true;
    bool m_firstField = true;
    bool m_written = true;
};
