#include "board/WeekChangesModel.h"

#include "palette/PaceColours.h"
#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/ValueFormat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {

// internalId: 0 for a group row; the group row + 1 for the entries under it.
constexpr quintptr GroupRowId = 0;

// A move at or above what its pace expected reads on track; short of it, at risk; backwards, off track.
Confidence moveStatus(const WeekChanges::ValueMove &move)
{
    if (move.progressChange >= move.expectedChange)
        return Confidence::OnTrack;
    return move.progressChange > 0 ? Confidence::AtRisk : Confidence::OffTrack;
}

} // namespace

WeekChangesModel::WeekChangesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_headers({{tr("What changed"), tr("The key result, the problem written or the check-in missed")},
                 {tr("Team")},
                 {tr("From")},
                 {tr("To")},
                 {tr("Change"), tr("How far a value moved against the progress its pace expected over these weeks, "
                                   "whether a confidence is better or worse, who wrote a problem")}})
{
}

void WeekChangesModel::setChanges(const WeekChanges &changes, const CyclePlan &plan)
{
    beginResetModel();
    m_changes = changes;
    m_plan = plan;
    m_groups.clear();
    for (const Group group : {Group::Moved, Group::Confidence, Group::NewProblems, Group::MissingCheckIn}) {
        if (entryCount(group) > 0)
            m_groups.append(group);
    }
    endResetModel();
}

qsizetype WeekChangesModel::entryCount(Group group) const
{
    switch (group) {
    case Group::Moved:
        return m_changes.valueMoves.size();
    case Group::Confidence:
        return m_changes.confidenceChanges.size();
    case Group::NewProblems:
        return m_changes.newProblems.size();
    case Group::MissingCheckIn:
        return m_changes.teamsMissingCheckIn.size();
    }
    return 0;
}

std::optional<WeekChangesModel::Group> WeekChangesModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const qsizetype groupRow = index.internalId() == GroupRowId ? index.row() : qsizetype(index.internalId() - 1);
    return groupRow < m_groups.size() ? std::optional(m_groups[groupRow]) : std::nullopt;
}

QModelIndex WeekChangesModel::groupIndex(Group group) const
{
    const qsizetype row = m_groups.indexOf(group);
    return row < 0 ? QModelIndex() : createIndex(int(row), SubjectColumn, GroupRowId);
}

bool WeekChangesModel::isGroupRow(const QModelIndex &index) const
{
    return groupAt(index) && index.internalId() == GroupRowId;
}

Id WeekChangesModel::keyResultAt(const QModelIndex &index) const
{
    const std::optional<Group> group = groupAt(index);
    if (!group || isGroupRow(index))
        return NoId;
    if (*group == Group::Moved)
        return m_changes.valueMoves[index.row()].keyResultId;
    if (*group == Group::Confidence)
        return m_changes.confidenceChanges[index.row()].keyResultId;
    return NoId;
}

Id WeekChangesModel::teamAt(const QModelIndex &index) const
{
    const std::optional<Group> group = groupAt(index);
    if (!group || isGroupRow(index))
        return NoId;
    if (*group == Group::NewProblems)
        return m_changes.newProblems[index.row()].teamId;
    if (*group == Group::MissingCheckIn)
        return m_changes.teamsMissingCheckIn[index.row()];
    return m_plan.teamOfKeyResult(keyResultAt(index));
}

QModelIndex WeekChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row()) + 1)
                            : createIndex(row, column, GroupRowId);
}

QModelIndex WeekChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), SubjectColumn, GroupRowId);
}

int WeekChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != SubjectColumn || !isGroupRow(parent))
        return 0;
    return int(entryCount(m_groups[parent.row()]));
}

int WeekChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WeekChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}

Qt::ItemFlags WeekChangesModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant WeekChangesModel::data(const QModelIndex &index, int role) const
{
    const std::optional<Group> group = groupAt(index);
    if (!group)
        return {};
    if (isGroupRow(index))
        return groupData(*group, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        return entry(*group, index.row()).cells[index.column()];
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return entry(*group, index.row()).sentence;
    case Qt::ForegroundRole: {
        const std::optional<Confidence> status = entry(*group, index.row()).colours[index.column()];
        return status ? QVariant(PaceColours::forText(*status, QGuiApplication::palette())) : QVariant();
    }
    default:
        return {};
    }
}

QString WeekChangesModel::groupTitle(Group group) const
{
    const int count = int(entryCount(group));
    switch (group) {
    case Group::Moved:
        return tr("Moved: %n key result(s)", nullptr, count);
    case Group::Confidence:
        return tr("Confidence changed: %n key result(s)", nullptr, count);
    case Group::NewProblems:
        return tr("New problems: %n", nullptr, count);
    case Group::MissingCheckIn:
        return tr("Missing check-in for %1: %n team(s)", nullptr, count).arg(m_changes.upTo.toString());
    }
    return {};
}

QVariant WeekChangesModel::groupData(Group group, int column, int role) const
{
    if (column != SubjectColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return groupTitle(group);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default:
        return {};
    }
}

WeekChangesModel::Entry WeekChangesModel::moveEntry(const WeekChanges::ValueMove &move) const
{
    const KeyResult *keyResult = m_plan.keyResult(move.keyResultId);
    if (!keyResult)
        return {};
    const ValueFormat format;
    const QString team = teamName(m_plan.teamOfKeyResult(keyResult->id));
    const QString from = DomainText::measure(*keyResult, move.from);
    const QString to = DomainText::measure(*keyResult, move.to);
    Entry entry;
    // A value to keep has no pace to move at: it is kept or it is not.
    if (keyResult->kind == KeyResultKind::KeepAbove || keyResult->kind == KeyResultKind::KeepBelow) {
        const bool kept = Scoring::progressAt(*keyResult, move.to) >= 1.0;
        entry.cells = {keyResult->title, team, from, to, kept ? tr("target kept") : tr("target missed")};
        entry.sentence =
            tr("%1 (%2) moved from %3 to %4: %5")
                .arg(keyResult->title, team, from, to, kept ? tr("its target is kept") : tr("its target is missed"));
        entry.colours[ChangeColumn] = kept ? Confidence::OnTrack : Confidence::OffTrack;
        return entry;
    }
    entry.cells = {
        keyResult->title, team, from, to,
        tr("%1 (%2 expected)").arg(format.signedPercent(move.progressChange), format.percent(move.expectedChange))};
    entry.sentence = tr("%1 (%2) moved from %3 to %4: %5 progress, where its pace expected %6 over these weeks")
                         .arg(keyResult->title, team, from, to, format.signedPercent(move.progressChange),
                              format.percent(move.expectedChange));
    entry.colours[ChangeColumn] = moveStatus(move);
    return entry;
}

WeekChangesModel::Entry WeekChangesModel::confidenceEntry(const WeekChanges::ConfidenceChange &change) const
{
    const KeyResult *keyResult = m_plan.keyResult(change.keyResultId);
    if (!keyResult)
        return {};
    const QString team = teamName(m_plan.teamOfKeyResult(keyResult->id));
    const QString verdict = change.isBetter() ? tr("better") : tr("worse");
    Entry entry;
    entry.cells = {keyResult->title, team, DomainText::confidence(change.from), DomainText::confidence(change.to),
                   verdict};
    entry.sentence = tr("%1 (%2): the team's confidence went from %3 to %4, %5")
                         .arg(keyResult->title, team, DomainText::confidence(change.from),
                              DomainText::confidence(change.to), verdict);
    entry.colours[FromColumn] = change.from;
    entry.colours[ToColumn] = change.to;
    entry.colours[ChangeColumn] = change.isBetter() ? Confidence::OnTrack : Confidence::OffTrack;
    return entry;
}

WeekChangesModel::Entry WeekChangesModel::problemEntry(const WeekChanges::NewProblem &problem) const
{
    const QString person = problem.person.trimmed();
    // The cell names the week by its number, short enough beside the writer's name; the sentence in full.
    const QString shortSource =
        person.isEmpty() ? tr("W%1").arg(problem.week.week) : tr("by %1, W%2").arg(person).arg(problem.week.week);
    const QString source = person.isEmpty() ? tr("in %1").arg(problem.week.toString())
                                            : tr("by %1 in %2").arg(person, problem.week.toString());
    Entry entry;
    entry.cells = {problem.text, teamName(problem.teamId), {}, {}, shortSource};
    entry.sentence = tr("A new problem of %1, written %2: %3").arg(teamName(problem.teamId), source, problem.text);
    return entry;
}

WeekChangesModel::Entry WeekChangesModel::missingCheckInEntry(Id teamId) const
{
    const QString week = m_changes.upTo.toString();
    Entry entry;
    entry.cells = {tr("No check-in for week %1").arg(week), teamName(teamId), {}, {}, {}};
    entry.sentence = tr("%1 has no check-in for week %2").arg(teamName(teamId), week);
    entry.colours[SubjectColumn] = Confidence::OffTrack;
    return entry;
}

WeekChangesModel::Entry WeekChangesModel::entry(Group group, int row) const
{
    switch (group) {
    case Group::Moved:
        return moveEntry(m_changes.valueMoves[row]);
    case Group::Confidence:
        return confidenceEntry(m_changes.confidenceChanges[row]);
    case Group::NewProblems:
        return problemEntry(m_changes.newProblems[row]);
    case Group::MissingCheckIn:
        return missingCheckInEntry(m_changes.teamsMissingCheckIn[row]);
    }
    return {};
}

QString WeekChangesModel::teamName(Id teamId) const
{
    const Team *team = m_plan.team(teamId);
    return team ? team->name : QString();
}
