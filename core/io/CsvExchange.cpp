#include "io/CsvExchange.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ExchangeError.h"
#include "io/ExchangeVocabulary.h"
#include "model/Quarter.h"
#include "model/TextLimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace {

enum class Column {
    RowId,
    ParentRowId,
    Type,
    Title,
    Team,
    Owner,
    Cycle,
    Start,
    Target,
    Current,
    Unit,
    Objective,
    ParentObjective,
    Description,
    Measure,
    Kind,
    Weight,
    Commitment,
    Status,
    Due,
    Grade,
    GradeNote,
    CycleStart,
    CycleEnd,
    AddedOn,
};

constexpr std::array<const char *, 25> columnNames{"Row ID",
                                                   "Parent Row ID",
                                                   "Type",
                                                   "Title",
                                                   "Team",
                                                   "Owner",
                                                   "Cycle",
                                                   "Start",
                                                   "Target",
                                                   "Current",
                                                   "Unit",
                                                   "Objective",
                                                   "Parent Objective",
                                                   "Description",
                                                   "Measure",
                                                   "Kind",
                                                   "Weight",
                                                   "Commitment",
                                                   "Status",
                                                   "Due",
                                                   "Grade",
                                                   "Grade Note",
                                                   "Cycle Start",
                                                   "Cycle End",
                                                   "Added On"};

QString columnName(Column column)
{
    return QLatin1String(columnNames.at(static_cast<size_t>(column)));
}

enum class RowType { Objective, KeyResult, Initiative };

QString typeName(RowType type)
{
    switch (type) {
    case RowType::Objective:
        return QStringLiteral("objective");
    case RowType::KeyResult:
        return QStringLiteral("key result");
    case RowType::Initiative:
        return QStringLiteral("initiative");
    }
    return {};
}

std::optional<RowType> rowType(const QString &text)
{
    const QString word = ExchangeVocabulary::normalised(text);
    if (word == QLatin1String("objective"))
        return RowType::Objective;
    if (word == QLatin1String("keyresult") || word == QLatin1String("kr"))
        return RowType::KeyResult;
    if (word == QLatin1String("initiative"))
        return RowType::Initiative;
    return std::nullopt;
}

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// ---- Writing

class Writer {
public:
    Writer(const ExchangeData &data, QIODevice &device)
        : m_data(data)
        , m_csv(device)
    {
        for (const Team &team : data.teams)
            m_teams.insert(team.id, &team);
        for (const Cycle &cycle : data.cycles)
            m_cycles.insert(cycle.id, &cycle);
        for (const Objective &objective : data.objectives)
            m_objectives.insert(objective.id, &objective);
        for (const KeyResult &keyResult : data.keyResults)
            m_keyResultsOf[keyResult.objectiveId].append(&keyResult);
        for (const Initiative &initiative : data.initiatives)
            m_initiativesOf[initiative.keyResultId].append(&initiative);
        // Row numbers up front: an objective may align to one written after it.
        int row = m_row;
        for (const Objective &objective : data.objectives) {
            m_objectiveRows.insert(objective.id, ++row);
            for (const KeyResult *keyResult : m_keyResultsOf.value(objective.id))
                row += 1 + int(m_initiativesOf.value(keyResult->id).size());
        }
    }

    bool write()
    {
        m_csv.addRecord(CsvExchange::columns());
        for (const Objective &objective : m_data.objectives) {
            const int objectiveRow = ++m_row;
            addRow(objectiveRow, parentRow(objective), RowType::Objective, objective,
                   {
                       {Column::Title, objective.title},
                       {Column::Description, objective.description},
                       {Column::Weight, ExchangeVocabulary::number(objective.weight)},
                       {Column::Commitment, ExchangeVocabulary::name(objective.commitment)},
                       {Column::Grade, objective.grade ? ExchangeVocabulary::number(*objective.grade) : QString()},
                       {Column::GradeNote, objective.gradeNote},
                   });
            for (const KeyResult *keyResult : m_keyResultsOf.value(objective.id)) {
                const int keyResultRow = ++m_row;
                addRow(keyResultRow, QString::number(objectiveRow), RowType::KeyResult, objective,
                       {
                           {Column::Title, keyResult->title},
                           {Column::Owner, keyResult->owner},
                           {Column::Start, ExchangeVocabulary::number(keyResult->start)},
                           {Column::Target, ExchangeVocabulary::number(keyResult->target)},
                           {Column::Current,
                            keyResult->current ? ExchangeVocabulary::number(*keyResult->current) : QString()},
                           {Column::Unit, keyResult->unitLabel},
                           {Column::Objective, objective.title},
                           {Column::Description, keyResult->description},
                           {Column::Measure, ExchangeVocabulary::name(keyResult->unit)},
                           {Column::Kind, ExchangeVocabulary::name(keyResult->kind)},
                           {Column::Weight, ExchangeVocabulary::number(keyResult->weight)},
                           {Column::Commitment, ExchangeVocabulary::name(keyResult->commitment)},
                           {Column::AddedOn, date(keyResult->addedOn)},
                       });
                for (const Initiative *initiative : m_initiativesOf.value(keyResult->id)) {
                    addRow(++m_row, QString::number(keyResultRow), RowType::Initiative, objective,
                           {
                               {Column::Title, initiative->title},
                               {Column::Owner, initiative->owner},
                               {Column::Objective, objective.title},
                               {Column::Status, ExchangeVocabulary::name(initiative->status)},
                               {Column::Due, date(initiative->due)},
                           });
                }
            }
        }
        return m_csv.written();
    }

private:
    QString parentRow(const Objective &objective) const
    {
        const int row = m_objectiveRows.value(objective.parentId);
        return row == 0 ? QString() : QString::number(row);
    }

    void addRow(int row, const QString &parentRow, RowType type, const Objective &objective,
                const QList<std::pair<Column, QString>> &values)
    {
        QStringList fields(qsizetype(columnNames.size()));
        const auto set = [&](Column column, const QString &value) { fields[qsizetype(column)] = value; };
        set(Column::RowId, QString::number(row));
        set(Column::ParentRowId, parentRow);
        set(Column::Type, typeName(type));
        const Team *team = m_teams.value(objective.teamId);
        set(Column::Team, team ? team->name : QString());
        if (const Cycle *cycle = m_cycles.value(objective.cycleId)) {
            set(Column::Cycle, cycle->name);
            set(Column::CycleStart, date(cycle->start));
            set(Column::CycleEnd, date(cycle->end));
        }
        if (const Objective *parent = m_objectives.value(objective.parentId))
            set(Column::ParentObjective, parent->title);
        for (const auto &[column, value] : values)
            set(column, value);
        m_csv.addRecord(fields);
    }

    const ExchangeData &m_data;
    CsvWriter m_csv;
    int m_row = 1; // the header
    QHash<Id, const Team *> m_teams;
    QHash<Id, const Cycle *> m_cycles;
    QHash<Id, const Objective *> m_objectives;
    QHash<Id, QList<const KeyResult *>> m_keyResultsOf;
    QHash<Id, QList<const Initiative *>> m_initiativesOf;
    QHash<Id, int> m_objectiveRows;
};

// ---- Reading

struct Row {
    int number = 0; // as a spreadsheet shows it: the header is row 1
    RowType type = RowType::Objective;
    QStringList fields;
    Id id = NoId; // file-local id of the objective, key result or initiative it becomes
};

class Reader {
public:
    Reader(const QStringList &knownCycles, QDate today)
        : m_today(today)
    {
        for (const QString &name : knownCycles)
            m_knownCycles.insert(name.toCaseFolded());
    }

    ExchangeData read(const QByteArray &bytes)
    {
        const QList<QStringList> records = CsvReader::parse(bytes);
        qsizetype headerIndex = 0;
        while (headerIndex < records.size() && isEmpty(records.at(headerIndex)))
            ++headerIndex;
        if (headerIndex == records.size())
            throw ExchangeError(
                QCoreApplication::translate("CsvExchange", "The file is empty: expected a header row."));
        readHeader(records.at(headerIndex), int(headerIndex) + 1);
        for (qsizetype index = headerIndex + 1; index < records.size(); ++index) {
            if (!isEmpty(records.at(index)))
                readRow(records.at(index), int(index) + 1);
        }
        resolveParents();
        for (const Row &row : std::as_const(m_rows)) {
            switch (row.type) {
            case RowType::Objective:
                m_data.objectives.append(objective(row));
                break;
            case RowType::KeyResult:
                m_data.keyResults.append(keyResult(row));
                break;
            case RowType::Initiative:
                m_data.initiatives.append(initiative(row));
                break;
            }
        }
        placeTeamsUnderOrganisation();
        return m_data;
    }

private:
    static bool isEmpty(const QStringList &record)
    {
        return std::all_of(record.cbegin(), record.cend(),
                           [](const QString &field) { return field.trimmed().isEmpty(); });
    }

    [[noreturn]] static void fail(int row, Column column, const QString &problem)
    {
        throw ExchangeError(QCoreApplication::translate("CsvExchange", "row %1, column %2: %3")
                                .arg(row)
                                .arg(columnName(column), problem));
    }

    void readHeader(const QStringList &header, int row)
    {
        QHash<QString, Column> known;
        for (size_t index = 0; index < columnNames.size(); ++index)
            known.insert(ExchangeVocabulary::normalised(QLatin1String(columnNames.at(index))), Column(index));
        for (qsizetype index = 0; index < header.size(); ++index) {
            const auto found = known.constFind(ExchangeVocabulary::normalised(header.at(index)));
            if (found == known.constEnd())
                continue; // another tool's column
            if (m_columnIndex.contains(*found))
                fail(row, *found, QCoreApplication::translate("CsvExchange", "the column appears twice."));
            m_columnIndex.insert(*found, index);
        }
        for (const Column required : {Column::Type, Column::Title}) {
            if (!m_columnIndex.contains(required))
                fail(row, required, QCoreApplication::translate("CsvExchange", "the header has no such column."));
        }
    }

    void readRow(const QStringList &record, int number)
    {
        Row row;
        row.number = number;
        row.fields = record;
        const std::optional<RowType> type = rowType(field(row, Column::Type));
        if (!type)
            fail(number, Column::Type,
                 QCoreApplication::translate("CsvExchange", "'%1' is not objective, key result or initiative.")
                     .arg(field(row, Column::Type)));
        row.type = *type;
        const QString rowId = field(row, Column::RowId);
        if (!rowId.isEmpty()) {
            if (m_rowsById.contains(rowId))
                fail(number, Column::RowId,
                     QCoreApplication::translate("CsvExchange", "'%1' is the Row ID of row %2 already.")
                         .arg(rowId)
                         .arg(m_rows.at(m_rowsById.value(rowId)).number));
            m_rowsById.insert(rowId, m_rows.size());
        }
        row.id = ++m_lastIds.at(size_t(row.type));
        m_rows.append(row);
    }

    QString field(const Row &row, Column column) const
    {
        const qsizetype index = m_columnIndex.value(column, -1);
        return index < 0 ? QString() : row.fields.value(index).trimmed();
    }

    // The row that `row` names in Parent Row ID, which must be of type `parentType`; null when none is named and
    // none is required.
    const Row *parentOf(const Row &row, RowType parentType) const
    {
        const QString parentId = field(row, Column::ParentRowId);
        if (parentId.isEmpty()) {
            if (row.type == RowType::Objective)
                return nullptr;
            fail(row.number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "a row of type %1 needs the Row ID of its %2.")
                     .arg(typeName(row.type), typeName(parentType)));
        }
        const auto found = m_rowsById.constFind(parentId);
        if (found == m_rowsById.constEnd())
            fail(row.number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "no row has the Row ID '%1'.").arg(parentId));
        const Row &parent = m_rows.at(*found);
        if (&parent == &row)
            fail(row.number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "a row cannot be its own parent."));
        if (parent.type != parentType)
            fail(row.number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange",
                                             "row %1 is of type %2, but a row of type %3 needs a %4 as its parent.")
                     .arg(parent.number)
                     .arg(typeName(parent.type), typeName(row.type), typeName(parentType)));
        return &parent;
    }

    void resolveParents()
    {
        for (const Row &row : std::as_const(m_rows)) {
            const RowType parentType = row.type == RowType::Initiative ? RowType::KeyResult : RowType::Objective;
            const Row *parent = parentOf(row, parentType);
            m_parentIds.append(parent ? parent->id : NoId);
            if (row.type == RowType::KeyResult)
                m_objectiveOfKeyResult.insert(row.id, parent->id);
        }
    }

    double number(const Row &row, Column column, std::optional<double> fallback = std::nullopt) const
    {
        const std::optional<double> value = optionalNumber(row, column);
        if (value)
            return *value;
        if (!fallback)
            fail(row.number, column, QCoreApplication::translate("CsvExchange", "a number is required."));
        return *fallback;
    }

    std::optional<double> optionalNumber(const Row &row, Column column) const
    {
        const QString text = field(row, column);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = ExchangeVocabulary::parseNumber(text);
        if (!value)
            fail(row.number, column, QCoreApplication::translate("CsvExchange", "'%1' is not a number.").arg(text));
        return value;
    }

    QDate optionalDate(const Row &row, Column column) const
    {
        const QString text = field(row, column);
        if (text.isEmpty())
            return {};
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            fail(row.number, column,
                 QCoreApplication::translate("CsvExchange", "'%1' is not a date like 2026-07-01.").arg(text));
        return day;
    }

    template <typename Enum> Enum word(const Row &row, Column column, Enum fallback) const
    {
        const QString text = field(row, column);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> value = ExchangeVocabulary::parse<Enum>(text);
        if (!value)
            fail(row.number, column,
                 QCoreApplication::translate("CsvExchange", "'%1' is not one of: %2.")
                     .arg(text, ExchangeVocabulary::choices<Enum>()));
        return *value;
    }

    // A text the document stores as `kind`: refused here when over its limit, so nothing of the file is written.
    QString text(const Row &row, Column column, TextField kind) const
    {
        const QString value = field(row, column);
        if (!TextLimits::fits(kind, value))
            fail(row.number, column, TextLimits::tooLong(kind, value.size()));
        return value;
    }

    QString requiredText(const Row &row, Column column, TextField kind) const
    {
        const QString value = text(row, column, kind);
        if (value.isEmpty())
            fail(row.number, column, QCoreApplication::translate("CsvExchange", "this cannot be empty."));
        return value;
    }

    Id teamId(const Row &row)
    {
        const QString name = requiredText(row, Column::Team, TextField::TeamName);
        const QString key = name.toCaseFolded();
        if (!m_teamIds.contains(key)) {
            Team team;
            team.id = m_data.teams.size() + 1;
            team.name = name;
            m_data.teams.append(team);
            m_teamIds.insert(key, team.id);
        }
        return m_teamIds.value(key);
    }

    Id cycleId(const Row &row)
    {
        const QString name = requiredText(row, Column::Cycle, TextField::CycleName);
        const QString key = name.toCaseFolded();
        if (m_cycleIds.contains(key))
            return m_cycleIds.value(key);
        Cycle cycle = datesOf(row, name);
        cycle.id = m_data.cycles.size() + 1;
        cycle.name = name;
        cycle.annual = cycle.start.isValid() && cycle.start.daysTo(cycle.end) > 200;
        if (cycle.end.isValid() && cycle.end < m_today)
            cycle.state = CycleState::Closed;
        else if (cycle.contains(m_today) && !cycle.annual)
            cycle.state = CycleState::Active;
        m_data.cycles.append(cycle);
        m_cycleIds.insert(key, cycle.id);
        return cycle.id;
    }

    // From Cycle Start and Cycle End, else from a name like "2026 Q3" or "2026". A cycle the document already has
    // keeps its own dates, so it needs neither.
    Cycle datesOf(const Row &row, const QString &name) const
    {
        Cycle cycle;
        cycle.start = optionalDate(row, Column::CycleStart);
        cycle.end = optionalDate(row, Column::CycleEnd);
        if (cycle.start.isValid() && cycle.end.isValid()) {
            if (cycle.end < cycle.start)
                fail(row.number, Column::CycleEnd,
                     QCoreApplication::translate("CsvExchange", "the cycle ends before it starts."));
            return cycle;
        }
        static const QRegularExpression quarter(QStringLiteral("^(\\d{4})\\s*Q([1-4])$|^Q([1-4])\\s*(\\d{4})$"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
        if (const QRegularExpressionMatch match = quarter.match(name); match.hasMatch()) {
            const int yearNumber = QString(match.captured(1) + match.captured(4)).toInt();
            const int quarterNumber = QString(match.captured(2) + match.captured(3)).toInt();
            return Quarter::containing(QDate(yearNumber, 3 * quarterNumber - 2, 1));
        }
        if (const QRegularExpressionMatch match = year.match(name); match.hasMatch()) {
            cycle.start = QDate(match.captured(1).toInt(), 1, 1);
            cycle.end = QDate(match.captured(1).toInt(), 12, 31);
            return cycle;
        }
        if (!m_knownCycles.contains(name.toCaseFolded()))
            fail(row.number, Column::Cycle,
                 QCoreApplication::translate("CsvExchange",
                                             "the dates of '%1' are unknown: name it like 2026 Q3, or fill in "
                                             "Cycle Start and Cycle End.")
                     .arg(name));
        return cycle;
    }

    Objective objective(const Row &row)
    {
        Objective objective;
        objective.id = row.id;
        objective.parentId = m_parentIds.at(indexOf(row));
        objective.title = requiredText(row, Column::Title, TextField::ObjectiveTitle);
        objective.teamId = teamId(row);
        objective.cycleId = cycleId(row);
        objective.description = text(row, Column::Description, TextField::ObjectiveDescription);
        objective.commitment = word(row, Column::Commitment, Commitment::Committed);
        objective.weight = number(row, Column::Weight, 1.0);
        objective.grade = optionalNumber(row, Column::Grade);
        if (objective.grade && (*objective.grade < 0.0 || *objective.grade > 1.0))
            fail(row.number, Column::Grade,
                 QCoreApplication::translate("CsvExchange", "a grade goes from 0 to 1, not %1.")
                     .arg(field(row, Column::Grade)));
        objective.gradeNote = text(row, Column::GradeNote, TextField::GradeNote);
        m_commitments.insert(objective.id, objective.commitment);
        if (objective.parentId != NoId)
            m_alignedTo.insert(objective.parentId);
        return objective;
    }

    KeyResult keyResult(const Row &row) const
    {
        KeyResult keyResult;
        keyResult.id = row.id;
        keyResult.objectiveId = m_objectiveOfKeyResult.value(row.id);
        keyResult.title = requiredText(row, Column::Title, TextField::KeyResultTitle);
        keyResult.owner = text(row, Column::Owner, TextField::Owner);
        keyResult.start = number(row, Column::Start, 0.0);
        keyResult.target = number(row, Column::Target);
        keyResult.current = optionalNumber(row, Column::Current);
        keyResult.unitLabel = text(row, Column::Unit, TextField::UnitLabel);
        keyResult.unit = word(row, Column::Measure, unitOfLabel(keyResult.unitLabel));
        keyResult.kind = word(row, Column::Kind,
                              keyResult.target < keyResult.start ? KeyResultKind::Decrease : KeyResultKind::Increase);
        keyResult.weight = number(row, Column::Weight, 1.0);
        keyResult.commitment = word(row, Column::Commitment, m_commitments.value(keyResult.objectiveId));
        keyResult.description = text(row, Column::Description, TextField::KeyResultDescription);
        // Empty in files written before key results had a day: the loader counts them from the cycle's start.
        keyResult.addedOn = optionalDate(row, Column::AddedOn);
        return keyResult;
    }

    Initiative initiative(const Row &row) const
    {
        Initiative initiative;
        initiative.id = row.id;
        initiative.keyResultId = m_parentIds.at(indexOf(row));
        initiative.title = requiredText(row, Column::Title, TextField::InitiativeTitle);
        initiative.owner = text(row, Column::Owner, TextField::Owner);
        initiative.status = word(row, Column::Status, InitiativeStatus::Planned);
        initiative.due = optionalDate(row, Column::Due);
        return initiative;
    }

    // What other tools write in Unit, when there is no Measure column.
    static MeasureUnit unitOfLabel(const QString &label)
    {
        static const QHash<QString, MeasureUnit> units{
            {QStringLiteral("%"), MeasureUnit::Percent},    {QStringLiteral("percent"), MeasureUnit::Percent},
            {QStringLiteral("$"), MeasureUnit::Currency},   {QStringLiteral("€"), MeasureUnit::Currency},
            {QStringLiteral("£"), MeasureUnit::Currency},   {QStringLiteral("usd"), MeasureUnit::Currency},
            {QStringLiteral("eur"), MeasureUnit::Currency}, {QStringLiteral("min"), MeasureUnit::Time},
            {QStringLiteral("h"), MeasureUnit::Time},       {QStringLiteral("hours"), MeasureUnit::Time},
            {QStringLiteral("days"), MeasureUnit::Time},    {QStringLiteral("/10"), MeasureUnit::Rating},
            {QStringLiteral("/5"), MeasureUnit::Rating},    {QStringLiteral("stars"), MeasureUnit::Rating}};
        return units.value(label.toCaseFolded(), MeasureUnit::Number);
    }

    qsizetype indexOf(const Row &row) const { return &row - m_rows.constData(); }

    // The organisation is the team of the first objective that others align to (the company's), else the first
    // team named; every other team goes under it.
    void placeTeamsUnderOrganisation()
    {
        if (m_data.teams.isEmpty())
            return;
        Id organisation = m_data.teams.first().id;
        for (const Objective &objective : std::as_const(m_data.objectives)) {
            if (m_alignedTo.contains(objective.id)) {
                organisation = objective.teamId;
                break;
            }
        }
        QList<Team> teams;
        for (Team team : std::as_const(m_data.teams)) {
            team.parentId = team.id == organisation ? NoId : organisation;
            if (team.id == organisation)
                teams.prepend(team);
            else
                teams.append(team);
        }
        m_data.teams = teams;
    }

    QDate m_today;
    QSet<QString> m_knownCycles;
    QHash<Column, qsizetype> m_columnIndex;
    QList<Row> m_rows;
    QHash<QString, qsizetype> m_rowsById;
    std::array<Id, 3> m_lastIds{}; // per row type
    QList<Id> m_parentIds;         // per row: the file-local id of its parent objective or key result
    QHash<Id, Id> m_objectiveOfKeyResult;
    QHash<Id, Commitment> m_commitments;
    QSet<Id> m_alignedTo;         // objectives that others align to
    QHash<QString, Id> m_teamIds; // by case-folded name
    QHash<QString, Id> m_cycleIds;
    ExchangeData m_data;
};

} // namespace

QStringList CsvExchange::columns()
{
    QStringList names;
    for (const char *name : columnNames)
        names.append(QLatin1String(name));
    return names;
}

QByteArray CsvExchange::write(const ExchangeData &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(data, buffer);
    return buffer.data();
}

bool CsvExchange::write(const ExchangeData &data, QIODevice &device)
{
    return Writer(data, device).write();
}

ExchangeData CsvExchange::read(const QByteArray &bytes, const QStringList &knownCycles, QDate today)
{
    return Reader(knownCycles, today).read(bytes);
}
