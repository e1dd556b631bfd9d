#include "io/JsonExchange.h"

#include "io/ExchangeCollector.h"
#include "io/ExchangeError.h"
#include "io/ExchangeVocabulary.h"
#include "io/IdRuns.h"
#include "io/JsonExportWriter.h"
#include "io/JsonTokenizer.h"
#include "model/TextLimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace {

const QString formatName = QStringLiteral("quarterdeck");
constexpr int currentVersion = 1;

// ---- Reading

// One JSON object of the file and where it is ("objectives[3]"), so every error names the field.
class Fields {
public:
    Fields(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    {
    }

    [[noreturn]] void fail(const QString &key, const QString &problem) const
    {
        throw ExchangeError(QCoreApplication::translate("JsonExchange", "%1.%2: %3").arg(m_path, key, problem));
    }

    QJsonValue value(const QString &key) const
    {
        if (!m_object.contains(key))
            fail(key, QCoreApplication::translate("JsonExchange", "missing."));
        return m_object.value(key);
    }

    QString text(const QString &key) const
    {
        const QJsonValue found = value(key);
        if (!found.isString())
            fail(key, QCoreApplication::translate("JsonExchange", "expected text."));
        return found.toString();
    }

    // A text the document stores as `kind`: refused here when over its limit, so nothing of the file is written.
    QString text(const QString &key, TextField kind) const
    {
        const QString found = text(key);
        if (!TextLimits::fits(kind, found))
            fail(key, TextLimits::tooLong(kind, found.size()));
        return found;
    }

    double number(const QString &key) const
    {
        const QJsonValue found = value(key);
        if (!found.isDouble())
            fail(key, QCoreApplication::translate("JsonExchange", "expected a number."));
        return found.toDouble();
    }

    std::optional<double> optionalNumber(const QString &key) const
    {
        return value(key).isNull() ? std::nullopt : std::optional<double>(number(key));
    }

    bool boolean(const QString &key) const
    {
        const QJsonValue found = value(key);
        if (!found.isBool())
            fail(key, QCoreApplication::translate("JsonExchange", "expected true or false."));
        return found.toBool();
    }

    // A file-local id that must be one of `known`; null gives NoId when `optional`.
    Id reference(const QString &key, const IdRuns &known, bool optional = false) const
    {
        const QJsonValue found = value(key);
        if (optional && found.isNull())
            return NoId;
        if (!found.isDouble())
            fail(key, QCoreApplication::translate("JsonExchange", "expected an id."));
        const Id id = found.toInteger(NoId);
        if (!known.contains(id))
            fail(key, QCoreApplication::translate("JsonExchange", "%1 is not a known id.").arg(found.toDouble()));
        return id;
    }

    // A new, unique file-local id.
    Id newId(const QString &key, IdRuns &known) const
    {
        const Id id = value(key).toInteger(NoId);
        if (id <= NoId)
            fail(key, QCoreApplication::translate("JsonExchange", "expected a whole number above 0."));
        if (known.contains(id))
            fail(key, QCoreApplication::translate("JsonExchange", "%1 is used twice.").arg(id));
        known.insert(id);
        return id;
    }

    QDate date(const QString &key, bool optional = false) const
    {
        const QJsonValue found = value(key);
        if (optional && found.isNull())
            return {};
        const QDate day = ExchangeVocabulary::parseDate(found.toString());
        if (!found.isString() || !day.isValid())
            fail(key, QCoreApplication::translate("JsonExchange", "expected a date like 2026-07-01."));
        return day;
    }

    // A date later versions of the format added: files written before have none, as null.
    QDate laterDate(const QString &key) const { return m_object.contains(key) ? date(key, true) : QDate(); }

    template <typename Enum> Enum word(const QString &key) const
    {
        const QString found = text(key);
        const std::optional<Enum> parsed = ExchangeVocabulary::parse<Enum>(found);
        if (!parsed)
            fail(key, QCoreApplication::translate("JsonExchange", "'%1' is not one of: %2.")
                          .arg(found, ExchangeVocabulary::choices<Enum>()));
        return *parsed;
    }

    QList<Fields> array(const QString &key) const
    {
        const QJsonValue found = value(key);
        if (!found.isArray())
            fail(key, QCoreApplication::translate("JsonExchange", "expected a list."));
        return elements(found.toArray(), m_path + QLatin1Char('.') + key);
    }

    static QList<Fields> elements(const QJsonArray &array, const QString &path)
    {
        QList<Fields> result;
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QString elementPath = QStringLiteral("%1[%2]").arg(path).arg(index);
            if (!array.at(index).isObject())
                throw ExchangeError(
                    QCoreApplication::translate("JsonExchange", "%1: expected an object.").arg(elementPath));
            result.append(Fields(array.at(index).toObject(), elementPath));
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// The lists an export holds: where each starts is noted as the root object is read through.
const QStringList sectionNames{QStringLiteral("teams"),       QStringLiteral("cycles"),
                               QStringLiteral("objectives"),  QStringLiteral("keyResults"),
                               QStringLiteral("initiatives"), QStringLiteral("checkIns"),
                               QStringLiteral("kpis"),        QStringLiteral("teamReviews")};

// Reads the file twice: once through to check it is JSON and a Quarterdeck export of a version this build reads,
// noting where each list starts; then list by list, each referring only to those before it, one record at a time.
class Reader {
public:
    Reader(QIODevice &device, ExchangeSink &sink)
        : m_tokenizer(device)
        , m_sink(sink)
    {
    }

    void read()
    {
        readRoot();
        forEachRecord(QStringLiteral("teams"), [&](const Fields &fields) {
            Team team;
            team.parentId = fields.reference(QStringLiteral("parent"), m_teams, true); // parents come first
            team.id = fields.newId(QStringLiteral("id"), m_teams);
            team.name = fields.text(QStringLiteral("name"), TextField::TeamName);
            m_sink.addTeam(team);
        });
        forEachRecord(QStringLiteral("cycles"), [&](const Fields &fields) {
            Cycle cycle;
            cycle.id = fields.newId(QStringLiteral("id"), m_cycles);
            cycle.name = fields.text(QStringLiteral("name"), TextField::CycleName);
            cycle.start = fields.date(QStringLiteral("start"));
            cycle.end = fields.date(QStringLiteral("end"));
            if (cycle.end < cycle.start)
                fields.fail(QStringLiteral("end"),
                            QCoreApplication::translate("JsonExchange", "the cycle ends before it starts."));
            cycle.state = fields.word<CycleState>(QStringLiteral("state"));
            cycle.annual = fields.boolean(QStringLiteral("annual"));
            m_sink.addCycle(cycle);
        });
        // An objective may align to one further on: all their ids first.
        forEachRecord(QStringLiteral("objectives"),
                      [&](const Fields &fields) { fields.newId(QStringLiteral("id"), m_objectives); });
        forEachRecord(QStringLiteral("objectives"), [&](const Fields &fields) {
            Objective objective;
            objective.id = fields.value(QStringLiteral("id")).toInteger();
            objective.cycleId = fields.reference(QStringLiteral("cycle"), m_cycles);
            objective.teamId = fields.reference(QStringLiteral("team"), m_teams);
            objective.parentId = fields.reference(QStringLiteral("parent"), m_objectives, true);
            objective.title = fields.text(QStringLiteral("title"), TextField::ObjectiveTitle);
            objective.description = fields.text(QStringLiteral("description"), TextField::ObjectiveDescription);
            objective.commitment = fields.word<Commitment>(QStringLiteral("commitment"));
            objective.weight = fields.number(QStringLiteral("weight"));
            objective.grade = fields.optionalNumber(QStringLiteral("grade"));
            if (objective.grade && (*objective.grade < 0.0 || *objective.grade > 1.0)) {
                const QString problem =
                    QCoreApplication::translate("JsonExchange", "a grade goes from 0 to 1, not %1.");
                fields.fail(QStringLiteral("grade"), problem.arg(*objective.grade));
            }
            objective.gradeNote = fields.text(QStringLiteral("gradeNote"), TextField::GradeNote);
            m_sink.addObjective(objective);
        });
        forEachRecord(QStringLiteral("keyResults"), [&](const Fields &fields) {
            KeyResult keyResult;
            keyResult.id = fields.newId(QStringLiteral("id"), m_keyResults);
            keyResult.objectiveId = fields.reference(QStringLiteral("objective"), m_objectives);
            keyResult.title = fields.text(QStringLiteral("title"), TextField::KeyResultTitle);
            keyResult.description = fields.text(QStringLiteral("description"), TextField::KeyResultDescription);
            keyResult.start = fields.number(QStringLiteral("start"));
            keyResult.target = fields.number(QStringLiteral("target"));
            keyResult.current = fields.optionalNumber(QStringLiteral("current"));
            keyResult.unit = fields.word<MeasureUnit>(QStringLiteral("unit"));
            keyResult.unitLabel = fields.text(QStringLiteral("unitLabel"), TextField::UnitLabel);
            keyResult.kind = fields.word<KeyResultKind>(QStringLiteral("kind"));
            keyResult.weight = fields.number(QStringLiteral("weight"));
            keyResult.owner = fields.text(QStringLiteral("owner"), TextField::Owner);
            keyResult.commitment = fields.word<Commitment>(QStringLiteral("commitment"));
            // Files written before key results had a day have none: the loader counts them from the cycle's start.
            keyResult.addedOn = fields.laterDate(QStringLiteral("addedOn"));
            m_sink.addKeyResult(keyResult);
        });
        IdRuns initiatives;
        forEachRecord(QStringLiteral("initiatives"), [&](const Fields &fields) {
            Initiative initiative;
            initiative.id = fields.newId(QStringLiteral("id"), initiatives);
            initiative.keyResultId = fields.reference(QStringLiteral("keyResult"), m_keyResults);
            initiative.title = fields.text(QStringLiteral("title"), TextField::InitiativeTitle);
            initiative.owner = fields.text(QStringLiteral("owner"), TextField::Owner);
            initiative.status = fields.word<InitiativeStatus>(QStringLiteral("status"));
            initiative.due = fields.date(QStringLiteral("due"), true);
            m_sink.addInitiative(initiative);
        });
        forEachRecord(QStringLiteral("checkIns"), [&](const Fields &fields) { m_sink.addCheckIn(checkIn(fields)); });
        forEachRecord(QStringLiteral("kpis"), [&](const Fields &fields) {
            Kpi kpi;
            kpi.teamId = fields.reference(QStringLiteral("team"), m_teams);
            kpi.name = fields.text(QStringLiteral("name"), TextField::KpiName);
            kpi.unitLabel = fields.text(QStringLiteral("unitLabel"), TextField::UnitLabel);
            kpi.target = fields.number(QStringLiteral("target"));
            kpi.trend = fields.word<PreferredTrend>(QStringLiteral("trend"));
            for (const Fields &valueFields : fields.array(QStringLiteral("values")))
                kpi.values.append(
                    {valueFields.date(QStringLiteral("date")), valueFields.number(QStringLiteral("value"))});
            m_sink.addKpi(kpi);
        });
        forEachRecord(QStringLiteral("teamReviews"), [&](const Fields &fields) {
            TeamReview review;
            review.cycleId = fields.reference(QStringLiteral("cycle"), m_cycles);
            review.teamId = fields.reference(QStringLiteral("team"), m_teams);
            review.performance = fields.text(QStringLiteral("performance"), TextField::ReviewAnswer);
            review.worked = fields.text(QStringLiteral("worked"), TextField::ReviewAnswer);
            review.failed = fields.text(QStringLiteral("failed"), TextField::ReviewAnswer);
            review.startStopContinue = fields.text(QStringLiteral("startStopContinue"), TextField::ReviewAnswer);
            review.lessons = fields.text(QStringLiteral("lessons"), TextField::ReviewAnswer);
            m_sink.addTeamReview(review);
        });
    }

private:
    // The root object: "format" and "version" checked, where each list starts noted, everything else skipped.
    void readRoot()
    {
        const JsonTokenizer::Token first = m_tokenizer.next();
        if (first != JsonTokenizer::Token::BeginObject) {
            // Read through all the same: invalid JSON is said first, as for an object.
            for (JsonTokenizer::Token token = first; token != JsonTokenizer::Token::End;)
                token = m_tokenizer.next();
            throw notAnExport();
        }
        QJsonValue format;
        QJsonValue version;
        while (m_tokenizer.next() == JsonTokenizer::Token::Key) {
            const QString key = m_tokenizer.string();
            if (key == QLatin1String("format")) {
                format = m_tokenizer.readValue();
            } else if (key == QLatin1String("version")) {
                version = m_tokenizer.readValue();
            } else {
                if (sectionNames.contains(key))
                    m_sections.insert(key, m_tokenizer.offset());
                m_tokenizer.skipValue();
            }
        }
        m_tokenizer.next(); // the end, or an error for what follows it
        if (format.toString() != formatName)
            throw notAnExport();
        if (!version.isDouble() || version.toInteger(-1) < 1)
            throw ExchangeError(
                QCoreApplication::translate("JsonExchange", "version: expected a whole number above 0."));
        if (version.toInteger() > currentVersion)
            throw ExchangeError(QCoreApplication::translate(
                                    "JsonExchange",
                                    "This file was written by a newer Quarterdeck (format version %1); this version "
                                    "reads format version %2 and older. Update Quarterdeck to import it.")
                                    .arg(version.toInteger())
                                    .arg(currentVersion));
    }

    static ExchangeError notAnExport()
    {
        return ExchangeError(QCoreApplication::translate(
            "JsonExchange", "Not a Quarterdeck export: the JSON has no \"format\": \"quarterdeck\"."));
    }

    // Each record of the list `key`, one at a time, as Fields named "key[index]".
    template <typename Read> void forEachRecord(const QString &key, Read read)
    {
        const auto found = m_sections.constFind(key);
        if (found != m_sections.cend())
            m_tokenizer.seek(*found);
        if (found == m_sections.cend() || m_tokenizer.next() != JsonTokenizer::Token::BeginArray)
            throw ExchangeError(QCoreApplication::translate("JsonExchange", "%1: expected a list.").arg(key));
        for (qsizetype index = 0;; ++index) {
            const JsonTokenizer::Token first = m_tokenizer.next();
            if (first == JsonTokenizer::Token::EndArray)
                return;
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(index);
            const QJsonValue record = m_tokenizer.readValue(first);
            if (!record.isObject())
                throw ExchangeError(QCoreApplication::translate("JsonExchange", "%1: expected an object.").arg(path));
            read(Fields(record.toObject(), path));
        }
    }

    CheckIn checkIn(const Fields &fields) const
    {
        CheckIn checkIn;
        checkIn.teamId = fields.reference(QStringLiteral("team"), m_teams);
        const std::optional<IsoWeek> week = IsoWeek::parse(fields.text(QStringLiteral("week")));
        if (!week)
            fields.fail(QStringLiteral("week"),
                        QCoreApplication::translate("JsonExchange", "expected an ISO week like 2026-W47."));
        checkIn.week = *week;
        for (const Fields &updateFields : fields.array(QStringLiteral("updates"))) {
            KeyResultUpdate update;
            update.keyResultId = updateFields.reference(QStringLiteral("keyResult"), m_keyResults);
            update.value = updateFields.number(QStringLiteral("value"));
            update.confidence = updateFields.word<Confidence>(QStringLiteral("confidence"));
            update.comment = updateFields.text(QStringLiteral("comment"), TextField::UpdateComment);
            checkIn.updates.append(update);
        }
        for (const Fields &itemFields : fields.array(QStringLiteral("items"))) {
            PlanItem item;
            item.person = itemFields.text(QStringLiteral("person"), TextField::PlanItemPerson);
            item.kind = itemFields.word<PlanItemKind>(QStringLiteral("kind"));
            item.text = itemFields.text(QStringLiteral("text"), TextField::PlanItemText);
            item.keyResultId = itemFields.reference(QStringLiteral("keyResult"), m_keyResults, true);
            item.done = itemFields.boolean(QStringLiteral("done"));
            checkIn.items.append(item);
        }
        checkIn.lessons = fields.text(QStringLiteral("lessons"), TextField::Lessons);
        checkIn.nextPriorities = fields.text(QStringLiteral("nextPriorities"), TextField::NextPriorities);
        return checkIn;
    }

    JsonTokenizer m_tokenizer;
    ExchangeSink &m_sink;
    QHash<QString, qint64> m_sections; // where each list's value starts
    // The ids each kind has given, as runs: a file's ids usually ascend, and these stay a few numbers long.
    IdRuns m_teams;
    IdRuns m_cycles;
    IdRuns m_objectives;
    IdRuns m_keyResults;
};

} // namespace

int JsonExchange::formatVersion()
{
    return currentVersion;
}

QByteArray JsonExchange::write(const ExchangeData &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(data, buffer);
    return buffer.data();
}

bool JsonExchange::write(const ExchangeData &data, QIODevice &device)
{
    JsonExportWriter writer = JsonExchange::writer(device);
    writer.addAll(data);
    return writer.finish();
}

JsonExportWriter JsonExchange::writer(QIODevice &device)
{
    return JsonExportWriter(device, formatName, currentVersion);
}

void JsonExchange::read(QIODevice &device, ExchangeSink &sink)
{
    Reader(device, sink).read();
}

ExchangeData JsonExchange::read(const QByteArray &bytes)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    ExchangeCollector collector;
    read(device, collector);
    return collector.data();
}
