#include "io/CsvExchange.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/CyclePlanSink.h"
#include "io/ExchangeCollector.h"
#include "io/ExchangeError.h"
#include "io/ExchangeVocabulary.h"
#include "io/FileRows.h"
#include "io/IdRuns.h"
#include "model/Quarter.h"
#include "model/TextLimits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
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

enum class RowType : quint8 { Objective, KeyResult, Initiative };

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

std::optional<RowType> rowTypeNamed(QStringView word)
{
    if (word == QLatin1String("objective"))
        return RowType::Objective;
    if (word == QLatin1String("keyresult") || word == QLatin1String("kr"))
        return RowType::KeyResult;
    if (word == QLatin1String("initiative"))
        return RowType::Initiative;
    return std::nullopt;
}

// The words exports write are taken as they are, every row; any other spelling once normalised.
std::optional<RowType> rowType(const QString &text)
{
    if (text == QLatin1String("key result"))
        return RowType::KeyResult;
    if (const std::optional<RowType> type = rowTypeNamed(text))
        return type;
    return rowTypeNamed(ExchangeVocabulary::normalised(text));
}

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// ---- Writing

// Writes each row as the plan comes, in the order of the rows (ExchangeExtractor::extractByCycle, or ExchangeData
// through handOverNested): what it keeps is the row number and title of each objective others align to, counted
// from the outlines handed over first, and the objective and key result whose rows are being written.
class Writer : public CyclePlanSink {
public:
    explicit Writer(QIODevice &device)
        : m_csv(device)
    {
        m_csv.addRecord(CsvExchange::columns());
    }

    void addTeam(const Team &team) override { m_teamNames.insert(team.id, team.name); }
    void addCycle(const Cycle &cycle) override { m_cycles.insert(cycle.id, cycle); }

    // Row numbers up front, in the order the objectives are written.
    void addOutline(const ObjectiveOutline &outline) override
    {
        if (outline.alignedTo)
            m_alignedTo.insert(outline.id, {m_rowsOutlined + 1, outline.title});
        m_rowsOutlined += outline.rows();
    }

    void addObjective(const Objective &objective) override
    {
        m_objective = objective;
        m_objectiveRow = ++m_row;
        const int parentRow = m_alignedTo.value(objective.parentId).row;
        addRow(m_objectiveRow, parentRow == 0 ? QString() : QString::number(parentRow), RowType::Objective,
               {
                   {Column::Title, objective.title},
                   {Column::Description, objective.description},
                   {Column::Weight, ExchangeVocabulary::number(objective.weight)},
                   {Column::Commitment, ExchangeVocabulary::name(objective.commitment)},
                   {Column::Grade, objective.grade ? ExchangeVocabulary::number(*objective.grade) : QString()},
                   {Column::GradeNote, objective.gradeNote},
               });
    }

    void addKeyResult(const KeyResult &keyResult) override
    {
        m_keyResultRow = ++m_row;
        addRow(m_keyResultRow, QString::number(m_objectiveRow), RowType::KeyResult,
               {
                   {Column::Title, keyResult.title},
                   {Column::Owner, keyResult.owner},
                   {Column::Start, ExchangeVocabulary::number(keyResult.start)},
                   {Column::Target, ExchangeVocabulary::number(keyResult.target)},
                   {Column::Current, keyResult.current ? ExchangeVocabulary::number(*keyResult.current) : QString()},
                   {Column::Unit, keyResult.unitLabel},
                   {Column::Objective, m_objective.title},
                   {Column::Description, keyResult.description},
                   {Column::Measure, ExchangeVocabulary::name(keyResult.unit)},
                   {Column::Kind, ExchangeVocabulary::name(keyResult.kind)},
                   {Column::Weight, ExchangeVocabulary::number(keyResult.weight)},
                   {Column::Commitment, ExchangeVocabulary::name(keyResult.commitment)},
                   {Column::AddedOn, date(keyResult.addedOn)},
               });
    }

    void addInitiative(const Initiative &initiative) override
    {
        addRow(++m_row, QString::number(m_keyResultRow), RowType::Initiative,
               {
                   {Column::Title, initiative.title},
                   {Column::Owner, initiative.owner},
                   {Column::Objective, m_objective.title},
                   {Column::Status, ExchangeVocabulary::name(initiative.status)},
                   {Column::Due, date(initiative.due)},
               });
    }

    // Not in CSV.
    void addCheckIn(const CheckIn &) override {}
    void addKpi(const Kpi &) override {}
    void addTeamReview(const TeamReview &) override {}

    bool written() const { return m_csv.written(); }

private:
    // What the rows of an objective aligned to this one name of it.
    struct AlignedTo {
        int row = 0;
        QString title;
    };

    // A row of the objective being written, or of its key results or initiatives.
    void addRow(int row, const QString &parentRow, RowType type, const QList<std::pair<Column, QString>> &values)
    {
        QStringList fields(qsizetype(columnNames.size()));
        const auto set = [&](Column column, const QString &value) { fields[qsizetype(column)] = value; };
        set(Column::RowId, QString::number(row));
        set(Column::ParentRowId, parentRow);
        set(Column::Type, typeName(type));
        set(Column::Team, m_teamNames.value(m_objective.teamId));
        if (const auto cycle = m_cycles.constFind(m_objective.cycleId); cycle != m_cycles.cend()) {
            set(Column::Cycle, cycle->name);
            set(Column::CycleStart, date(cycle->start));
            set(Column::CycleEnd, date(cycle->end));
        }
        set(Column::ParentObjective, m_alignedTo.value(m_objective.parentId).title);
        for (const auto &[column, value] : values)
            set(column, value);
        m_csv.addRecord(fields);
    }

    CsvWriter m_csv;
    int m_row = 1;          // the header
    int m_rowsOutlined = 1; // the header
    QHash<Id, QString> m_teamNames;
    QHash<Id, Cycle> m_cycles;
    QHash<Id, AlignedTo> m_alignedTo; // by objective
    Objective m_objective;            // the one whose rows are being written
    int m_objectiveRow = 0;
    int m_keyResultRow = 0;
};

// Hands `data`'s plan to `sink` in the order of the rows: each objective followed by its key results, each followed
// by its initiatives.
void handOverNested(const ExchangeData &data, ExchangeSink &sink)
{
    QHash<Id, QList<const KeyResult *>> keyResultsOf;
    for (const KeyResult &keyResult : data.keyResults)
        keyResultsOf[keyResult.objectiveId].append(&keyResult);
    QHash<Id, QList<const Initiative *>> initiativesOf;
    for (const Initiative &initiative : data.initiatives)
        initiativesOf[initiative.keyResultId].append(&initiative);
    for (const Objective &objective : data.objectives) {
        sink.addObjective(objective);
        for (const KeyResult *keyResult : keyResultsOf.value(objective.id)) {
            sink.addKeyResult(*keyResult);
            for (const Initiative *initiative : initiativesOf.value(keyResult->id))
                sink.addInitiative(*initiative);
        }
    }
}

// The outlines of `data`'s objectives, counted from its key results and initiatives.
QList<ObjectiveOutline> outlinesOf(const ExchangeData &data)
{
    QHash<Id, QList<Id>> keyResultsOf;
    for (const KeyResult &keyResult : data.keyResults)
        keyResultsOf[keyResult.objectiveId].append(keyResult.id);
    QHash<Id, int> initiativesOf;
    for (const Initiative &initiative : data.initiatives)
        ++initiativesOf[initiative.keyResultId];
    QSet<Id> alignedTo;
    for (const Objective &objective : data.objectives)
        alignedTo.insert(objective.parentId);
    QList<ObjectiveOutline> outlines;
    for (const Objective &objective : data.objectives) {
        ObjectiveOutline outline;
        outline.id = objective.id;
        for (const Id keyResultId : keyResultsOf.value(objective.id)) {
            ++outline.keyResults;
            outline.initiatives += initiativesOf.value(keyResultId);
        }
        outline.alignedTo = alignedTo.contains(objective.id);
        if (outline.alignedTo)
            outline.title = objective.title;
        outlines.append(outline);
    }
    return outlines;
}

// ---- Reading

// A data row as a reading meets it.
struct Row {
    int number = 0; // as a spreadsheet shows it: the header is row 1
    RowType type = RowType::Objective;
    int id = NoId; // file-local id of the objective, key result or initiative it becomes: its rank in its type
};

constexpr qsizetype noColumn = -1;

// Reads the file a few times rather than holding it: once whole for its rows, their Row IDs, teams and cycles, then
// once per kind of record, that kind's rows handed to the sink in the order it takes them. What it keeps in between
// is three bytes per row (its type and where it starts), the Row IDs (as runs of consecutive numbers when they
// are), the teams and the cycles. Problems are named as the whole file would have been read first: its shape, then
// types and Row IDs, then parents, then the first field that is wrong, in file order.
class Reader {
public:
    Reader(QIODevice &device, const QStringList &knownCycles, QDate today)
        : m_device(device)
        , m_today(today)
    {
        m_columnIndex.fill(noColumn);
        for (const QString &name : knownCycles)
            m_knownCycles.insert(name.toCaseFolded());
    }

    void read(ExchangeSink &sink)
    {
        indexRows();
        resolveLaterParents();
        for (const Team &team : teamsUnderOrganisation())
            sink.addTeam(team);
        for (qsizetype index = 0; index < m_cycles.size(); ++index) {
            if (m_cycleDatesRead.at(index))
                sink.addCycle(m_cycles.at(index));
        }
        handOver(RowType::Objective, [&](const Row &row) {
            const Objective read = objective(row);
            m_commitments.append(read.commitment);
            sink.addObjective(read);
        });
        handOver(RowType::KeyResult, [&](const Row &row) { sink.addKeyResult(keyResult(row)); });
        handOver(RowType::Initiative, [&](const Row &row) { sink.addInitiative(initiative(row)); });
    }

private:
    [[noreturn]] static void fail(int row, Column column, const QString &problem)
    {
        throw ExchangeError(QCoreApplication::translate("CsvExchange", "row %1, column %2: %3")
                                .arg(row)
                                .arg(columnName(column), problem));
    }

    // The header and each row's type, Row ID, teams and cycles. A problem is named once the whole file has read as
    // CSV: a quote left open anywhere is the first thing to fix.
    void indexRows()
    {
        CsvReader record(m_device);
        m_record = &record;
        std::optional<ExchangeError> problem;
        while (record.next()) {
            if (problem || (m_headerRow == 0 && record.isBlank()))
                continue;
            try {
                if (m_headerRow == 0)
                    readHeader();
                else
                    indexRow();
            } catch (const ExchangeError &error) {
                problem = error;
            }
        }
        m_record = nullptr;
        if (problem)
            throw *problem;
        if (m_headerRow == 0)
            throw ExchangeError(
                QCoreApplication::translate("CsvExchange", "The file is empty: expected a header row."));
    }

    // Reads the rows of `type` and hands each to `handOne`. When one is wrong, the rows before it of the kinds not
    // read yet are read first: one of them may have the file's first problem.
    template <typename HandOne> void handOver(RowType type, const HandOne &handOne)
    {
        try {
            forEachRow([type](const Row &row) { return row.type == type; }, handOne);
        } catch (const ExchangeError &) {
            const int wrongRow = m_rowRead;
            forEachRow([&](const Row &row) { return row.type > type; }, [&](const Row &row) { readAs(row); },
                       wrongRow - 1);
            throw;
        }
    }

    // Runs `visit` on each row up to `lastRow` that is `wanted`, in file order, with its record read.
    template <typename Wanted, typename Visit>
    void forEachRow(const Wanted &wanted, const Visit &visit, int lastRow = std::numeric_limits<int>::max())
    {
        CsvReader record(m_device);
        m_record = &record;
        std::array<int, 3> ranks{};
        const qsizetype rowCount = std::min<qsizetype>(m_rows.size(), qsizetype(lastRow) - m_headerRow);
        for (qsizetype index = 0; index < rowCount; ++index) {
            const quint8 type = m_rows.kind(index);
            if (type == FileRows::unranked)
                continue;
            const Row row{m_headerRow + 1 + int(index), RowType(type), ++ranks.at(type)};
            if (!wanted(row))
                continue;
            record.moveTo(m_rows.start(index), row.number);
            record.next();
            m_rowRead = row.number;
            visit(row);
        }
        m_record = nullptr;
    }

    // The row as it would be handed over, for its problems.
    void readAs(const Row &row)
    {
        switch (row.type) {
        case RowType::Objective:
            objective(row);
            break;
        case RowType::KeyResult:
            keyResult(row);
            break;
        case RowType::Initiative:
            initiative(row);
            break;
        }
    }

    void readHeader()
    {
        const int row = m_record->row();
        QHash<QString, Column> known;
        for (size_t index = 0; index < columnNames.size(); ++index)
            known.insert(ExchangeVocabulary::normalised(QLatin1String(columnNames.at(index))), Column(index));
        for (qsizetype index = 0; index < m_record->fieldCount(); ++index) {
            const auto found = known.constFind(ExchangeVocabulary::normalised(m_record->field(index)));
            if (found == known.constEnd())
                continue; // another tool's column
            if (hasColumn(*found))
                fail(row, *found, QCoreApplication::translate("CsvExchange", "the column appears twice."));
            m_columnIndex.at(size_t(*found)) = index;
        }
        for (const Column required : {Column::Type, Column::Title}) {
            if (!hasColumn(required))
                fail(row, required, QCoreApplication::translate("CsvExchange", "the header has no such column."));
        }
        m_headerRow = row;
    }

    bool hasColumn(Column column) const { return m_columnIndex.at(size_t(column)) != noColumn; }

    void indexRow()
    {
        if (m_record->isBlank()) {
            m_rows.append(FileRows::unranked, m_record->recordStart());
            return;
        }
        Row row;
        row.number = m_record->row();
        const std::optional<RowType> type = rowType(field(Column::Type));
        if (!type)
            fail(row.number, Column::Type,
                 QCoreApplication::translate("CsvExchange", "'%1' is not objective, key result or initiative.")
                     .arg(field(Column::Type)));
        row.type = *type;
        // A parent named before this row is checked now; one further on (or this row itself) once all are known.
        const QString parentRowId = field(Column::ParentRowId);
        const bool parentLater = !parentRowId.isEmpty() && rowWithId(parentRowId) == 0;
        const QString rowId = field(Column::RowId);
        if (!rowId.isEmpty()) {
            if (const int existing = noteRowId(rowId, row.number))
                fail(row.number, Column::RowId,
                     QCoreApplication::translate("CsvExchange", "'%1' is the Row ID of row %2 already.")
                         .arg(rowId)
                         .arg(existing));
        }
        m_rows.append(quint8(row.type), m_record->recordStart());
        if (parentLater)
            m_laterParents.append({row.number, row.type, parentRowId});
        else if (!m_parentProblem)
            checkParent(row.number, row.type, parentRowId);
        if (row.type == RowType::Objective)
            noteTeamAndCycle(row);
    }

    // A Row ID written as a plain number, as exports write them, is kept as one: no text per row.
    static std::optional<qint64> plainNumber(const QString &rowId)
    {
        if (rowId.isEmpty() || rowId.size() > 18 || (rowId.size() > 1 && rowId.front() == QLatin1Char('0')))
            return std::nullopt;
        qint64 value = 0;
        for (const QChar character : rowId) {
            if (character < QLatin1Char('0') || character > QLatin1Char('9'))
                return std::nullopt;
            value = value * 10 + (character.unicode() - '0');
        }
        return value;
    }

    // The row number of the row whose Row ID is `rowId`; 0 when there is none (yet).
    int rowWithId(const QString &rowId) const
    {
        if (const std::optional<qint64> number = plainNumber(rowId))
            return int(m_rowsByNumber.value(*number, 0));
        return m_rowsByText.value(rowId, 0);
    }

    // The row number of the row that has `rowId` already, else 0, `rowId` now being row `number`'s. Row IDs that
    // follow the rows' numbers, as exports write them, take a few bytes whatever their count.
    int noteRowId(const QString &rowId, int number)
    {
        const auto note = [number](auto &rows, const auto &key) {
            const int existing = int(rows.value(key, 0));
            if (existing == 0)
                rows.insert(key, number);
            return existing;
        };
        const std::optional<qint64> key = plainNumber(rowId);
        return key ? note(m_rowsByNumber, *key) : note(m_rowsByText, rowId);
    }

    // The teams and cycles are handed over before the objectives, so they are known from the first reading, in the
    // order objectives name them. A name or dates that are wrong are reported when that objective is read.
    void noteTeamAndCycle(const Row &row)
    {
        if (isStorable(field(Column::Team), TextField::TeamName))
            teamId(row);
        const QString cycle = field(Column::Cycle);
        if (!isStorable(cycle, TextField::CycleName) || m_cycleIds.contains(cycle.toCaseFolded()))
            return;
        m_cycleIds.insert(cycle.toCaseFolded(), m_cycles.size() + 1);
        m_cycleRows.append(row.number);
        try {
            m_cycles.append(newCycle(row, cycle));
            m_cycleDatesRead.append(true);
        } catch (const ExchangeError &) {
            m_cycles.append(Cycle());
            m_cycleDatesRead.append(false);
        }
    }

    static bool isStorable(const QString &value, TextField kind)
    {
        return !value.isEmpty() && TextLimits::fits(kind, value);
    }

    // Of the record being read.
    QString field(Column column) const
    {
        const qsizetype index = m_columnIndex.at(size_t(column));
        return index < 0 ? QString() : m_record->trimmedField(index);
    }

    // The file-local id of the record of the row that row `number` names in Parent Row ID (`parentRowId`), which
    // must be of the type the row's type hangs from; NoId when none is named and none is required.
    Id parentOf(int number, RowType type, const QString &parentRowId) const
    {
        const RowType parentType = type == RowType::Initiative ? RowType::KeyResult : RowType::Objective;
        if (parentRowId.isEmpty()) {
            if (type == RowType::Objective)
                return NoId;
            fail(number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "a row of type %1 needs the Row ID of its %2.")
                     .arg(typeName(type), typeName(parentType)));
        }
        const int parentRow = rowWithId(parentRowId);
        if (parentRow == 0)
            fail(number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "no row has the Row ID '%1'.").arg(parentRowId));
        if (parentRow == number)
            fail(number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange", "a row cannot be its own parent."));
        const qsizetype parentIndex = parentRow - m_headerRow - 1;
        const auto actualType = RowType(m_rows.kind(parentIndex));
        if (actualType != parentType)
            fail(number, Column::ParentRowId,
                 QCoreApplication::translate("CsvExchange",
                                             "row %1 is of type %2, but a row of type %3 needs a %4 as its parent.")
                     .arg(parentRow)
                     .arg(typeName(actualType), typeName(type), typeName(parentType)));
        return m_rows.rank(parentIndex) + 1;
    }

    // Checks the parent of row `number`, keeping the first problem, named once every Row ID and type has been read
    // (they come first); notes the first objective others align to.
    void checkParent(int number, RowType type, const QString &parentRowId)
    {
        try {
            const Id parent = parentOf(number, type, parentRowId);
            if (type == RowType::Objective && parent != NoId && parent < m_firstAlignedTo) {
                m_firstAlignedTo = parent;
                m_firstAlignedToRow = rowWithId(parentRowId);
            }
        } catch (const ExchangeError &error) {
            m_parentProblem = error;
            m_parentProblemRow = number;
        }
    }

    // The parents named before their rows, now that every Row ID is known; then the first problem with a parent.
    void resolveLaterParents()
    {
        for (const LaterParent &later : std::as_const(m_laterParents)) {
            if (m_parentProblem && later.row > m_parentProblemRow)
                break;
            checkParent(later.row, later.type, later.parentRowId);
        }
        m_laterParents = {};
        if (m_parentProblem)
            throw *m_parentProblem;
    }

    // The file-local id of the row's parent, once parents are checked.
    Id parentId(const Row &row) const { return parentOf(row.number, row.type, field(Column::ParentRowId)); }

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
        const QString text = field(column);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = ExchangeVocabulary::parseNumber(text);
        if (!value)
            fail(row.number, column, QCoreApplication::translate("CsvExchange", "'%1' is not a number.").arg(text));
        return value;
    }

    QDate optionalDate(const Row &row, Column column) const
    {
        const QString text = field(column);
        if (text.isEmpty())
            return {};
        const QDate day = ExchangeVocabulary::parseDate(text);
        if (!day.isValid())
            fail(row.number, column,
                 QCoreApplication::translate("CsvExchange", "'%1' is not a date like 2026-07-01.").arg(text));
        return day;
    }

    template <typename Enum> Enum word(const Row &row, Column column, Enum fallback) const
    {
        const QString text = field(column);
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
        const QString value = field(column);
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
            team.id = m_teams.size() + 1;
            team.name = name;
            m_teams.append(team);
            m_teamIds.insert(key, team.id);
        }
        return m_teamIds.value(key);
    }

    // Known from the first reading; the dates of a cycle are the first row's that names it, read again with it.
    Id cycleId(const Row &row)
    {
        const QString name = requiredText(row, Column::Cycle, TextField::CycleName);
        const Id id = m_cycleIds.value(name.toCaseFolded());
        if (m_cycleRows.at(id - 1) == row.number)
            datesOf(row, name);
        return id;
    }

    Cycle newCycle(const Row &row, const QString &name) const
    {
        Cycle cycle = datesOf(row, name);
        cycle.id = m_cycles.size() + 1;
        cycle.name = name;
        cycle.annual = cycle.start.isValid() && cycle.start.daysTo(cycle.end) > 200;
        if (cycle.end.isValid() && cycle.end < m_today)
            cycle.state = CycleState::Closed;
        else if (cycle.contains(m_today) && !cycle.annual)
            cycle.state = CycleState::Active;
        return cycle;
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
        objective.parentId = parentId(row);
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
                     .arg(field(Column::Grade)));
        objective.gradeNote = text(row, Column::GradeNote, TextField::GradeNote);
        return objective;
    }

    KeyResult keyResult(const Row &row) const
    {
        KeyResult keyResult;
        keyResult.id = row.id;
        keyResult.objectiveId = parentId(row);
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
        // Its objective's, once every objective is read (file-local ids count from 1).
        keyResult.commitment =
            word(row, Column::Commitment, m_commitments.value(keyResult.objectiveId - 1, Commitment::Committed));
        keyResult.description = text(row, Column::Description, TextField::KeyResultDescription);
        // Empty in files written before key results had a day: the loader counts them from the cycle's start.
        keyResult.addedOn = optionalDate(row, Column::AddedOn);
        return keyResult;
    }

    Initiative initiative(const Row &row) const
    {
        Initiative initiative;
        initiative.id = row.id;
        initiative.keyResultId = parentId(row);
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

    // The team named in row `number`, read again; NoId for a name that cannot be stored.
    Id teamOfRow(int number)
    {
        Id team = NoId;
        forEachRow([&](const Row &row) { return row.number == number; },
                   [&](const Row &) {
                       const QString name = field(Column::Team);
                       if (isStorable(name, TextField::TeamName))
                           team = m_teamIds.value(name.toCaseFolded());
                   },
                   number);
        return team;
    }

    // The organisation is the team of the first objective that others align to (the company's), else the first
    // team named; every other team goes under it.
    QList<Team> teamsUnderOrganisation()
    {
        if (m_teams.isEmpty())
            return {};
        const Id alignedToTeam = m_firstAlignedToRow == 0 ? NoId : teamOfRow(m_firstAlignedToRow);
        const Id organisation = alignedToTeam == NoId ? m_teams.first().id : alignedToTeam;
        QList<Team> teams;
        for (Team team : m_teams) {
            team.parentId = team.id == organisation ? NoId : organisation;
            if (team.id == organisation)
                teams.prepend(team);
            else
                teams.append(team);
        }
        return teams;
    }

    QIODevice &m_device;
    QDate m_today;
    QSet<QString> m_knownCycles;
    const CsvReader *m_record = nullptr; // the record being read
    int m_rowRead = 0;                   // its row, in the passes that hand records over
    int m_headerRow = 0;
    std::array<qsizetype, columnNames.size()> m_columnIndex{};
    // A row whose Parent Row ID names no row before it.
    struct LaterParent {
        int row = 0;
        RowType type = RowType::Objective;
        QString parentRowId;
    };

    FileRows m_rows{3};                           // the data rows: those after the header, blank ones unranked
    IdRuns m_rowsByNumber;                        // row numbers by Row IDs that are plain numbers
    QHash<QString, int> m_rowsByText;             // the same for other Row IDs
    QList<LaterParent> m_laterParents;            // in file order, until every Row ID is known
    std::optional<ExchangeError> m_parentProblem; // the first found, at m_parentProblemRow
    int m_parentProblemRow = 0;
    Id m_firstAlignedTo = std::numeric_limits<Id>::max(); // the first objective others align to, at the row:
    int m_firstAlignedToRow = 0;
    QList<Commitment> m_commitments; // by objective, as they are handed over
    QList<Team> m_teams;
    QHash<QString, Id> m_teamIds; // by case-folded name
    QList<Cycle> m_cycles;
    QList<int> m_cycleRows;        // by cycle: the row that first names it
    QList<bool> m_cycleDatesRead;  // by cycle: whether that row's dates are right
    QHash<QString, Id> m_cycleIds; // by case-folded name
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
    Writer writer(device);
    for (const Team &team : data.teams)
        writer.addTeam(team);
    for (const Cycle &cycle : data.cycles)
        writer.addCycle(cycle);
    for (const ObjectiveOutline &outline : outlinesOf(data))
        writer.addOutline(outline);
    handOverNested(data, writer);
    return writer.written();
}

bool CsvExchange::write(QIODevice &device, const std::function<void(CyclePlanSink &)> &handOver)
{
    Writer writer(device);
    handOver(writer);
    return writer.written();
}

void CsvExchange::read(QIODevice &device, ExchangeSink &sink, const QStringList &knownCycles, QDate today)
{
    Reader(device, knownCycles, today).read(sink);
}

ExchangeData CsvExchange::read(const QByteArray &bytes, const QStringList &knownCycles, QDate today)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    ExchangeCollector collector;
    read(device, collector, knownCycles, today);
    return collector.data();
}
