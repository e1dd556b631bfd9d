#include "board/ProgressBoardModel.h"

#include "board/StatusCountText.h"
#include "coach/CoachMessages.h"
#include "model/IsoWeek.h"
#include "model/TextLimits.h"
#include "palette/PaceColours.h"
#include "preferences/Preferences.h"
#include "scoring/Scoring.h"
#include "text/DomainText.h"
#include "text/StatusWords.h"
#include "text/ValueFormat.h"
#include "widgets/ItemRoles.h"
#include "widgets/ProgressCell.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPalette>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace {

// internalId: the top level's rows carry TopLevel; the rows below a team node its number + 1; the key results below
// an objective its number + 1 with BelowObjective set.
constexpr quintptr TopLevel = 0;
constexpr quintptr BelowObjective = quintptr(1) << (sizeof(quintptr) * 8 - 1);

quintptr belowTeam(int node)
{
    return quintptr(node) + 1;
}

quintptr belowObjective(int number)
{
    return BelowObjective | (quintptr(number) + 1);
}

// A check-in is dated by its week, whose Friday may still be ahead: the board names the week by its Monday, so a
// check-in made today never shows a date in the future.
QDate weekStart(QDate checkInDate)
{
    return IsoWeek::containing(checkInDate).monday();
}

QString shortDate(QDate checkInDate)
{
    return ValueFormat().dayAndMonth(weekStart(checkInDate));
}

QVariant statusColour(std::optional<Confidence> status)
{
    // Colour repeats what the words say, so it never carries the meaning alone.
    if (!status || *status == Confidence::OnTrack)
        return {};
    return PaceColours::forText(*status, QGuiApplication::palette());
}

} // namespace

ProgressBoardModel::ProgressBoardModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_headers({{tr("Team / objective / key result")},
                 {tr("Progress")},
                 {tr("Over time"), tr("A key result's checked-in values, with its target dashed")},
                 {tr("Status"), StatusWords::legend()},
                 {tr("Key results"), tr("Key results by status: the more worried of pace and stated confidence; on a "
                                        "key result's row, its value against its target")},
                 {tr("Last check-in")},
                 {tr("Notes"), tr("On a key result's row: the comment of its latest check-in")},
                 {tr("Coach"), tr("On a team's row: how many of its own key results the coach flagged; the shape says "
                                  "how much help it needs writing OKRs")}})
{
    connect(&m_coachReview, &QFutureWatcherBase::finished, this, &ProgressBoardModel::applyCoachReview);
}

QString ProgressBoardModel::teamConfidenceText(Confidence stated)
{
    return tr("team says %1").arg(DomainText::confidence(stated));
}

void ProgressBoardModel::setPlan(const CyclePlan &plan, const KeyResultHistories &histories, QDate referenceDate)
{
    beginResetModel();
    m_cycle = plan.cycle;
    m_referenceDate = referenceDate;
    m_expectedProgress = Scoring::expectedProgress(plan.cycle, referenceDate);
    m_summary = BoardSummary::build(plan, ProgressRollUp(plan, referenceDate, Preferences::paceThresholds()), histories,
                                    referenceDate);
    m_histories = histories;
    reviewPlan(plan);
    m_teamNodes.clear();
    m_objectivePlaces.clear();
    m_teamNodeOf.clear();
    m_objectiveNumberOf.clear();
    m_keyResultPlaceOf.clear();
    for (int node = 0; node < m_summary.teams.size(); ++node) {
        const ProgressBoard::TeamCard &team = m_summary.teams[node];
        m_teamNodeOf.insert(team.id, node);
        TeamNode &added = m_teamNodes.emplace_back();
        added.firstObjective = int(m_objectivePlaces.size());
        // Cards come parents first: the nearest card above is known already.
        for (const Id above : plan.organisation().ancestors(team.id)) {
            if (const auto found = m_teamNodeOf.constFind(above); found != m_teamNodeOf.constEnd()) {
                added.department = *found;
                break;
            }
        }
        for (int row = 0; row < team.objectives.size(); ++row) {
            const int number = int(m_objectivePlaces.size());
            m_objectivePlaces.append({node, row});
            m_objectiveNumberOf.insert(team.objectives[row].id, number);
            const QList<ProgressBoard::KeyResultCard> &keyResults = team.objectives[row].keyResultCards;
            for (int keyResultRow = 0; keyResultRow < keyResults.size(); ++keyResultRow)
                m_keyResultPlaceOf.insert(keyResults[keyResultRow].keyResult.id, {number, keyResultRow});
        }
    }
    layOutTeams();
    endResetModel();
}

void ProgressBoardModel::reviewPlan(const CyclePlan &plan)
{
    m_coachTally = {};
    m_teamCoachTallies.clear();
    m_coachReview.future().cancel(); // a review not started yet is of an older plan: it does nothing
    if (plan.objectives.isEmpty()) {
        m_coachReview.setFuture({});
        m_coachReviewed = true;
        return;
    }
    if (!m_coach)
        m_coach.emplace();
    if (m_coachIcons.isEmpty()) {
        const int iconSize = QFontMetrics(QGuiApplication::font()).height() * 3 / 4;
        for (const Confidence status : {Confidence::OnTrack, Confidence::AtRisk, Confidence::OffTrack})
            m_coachIcons.insert(int(status), PaceColours::statusIcon(status, QGuiApplication::palette(), iconSize));
    }
    m_coachReviewed = false;
    // The review holds its own copy of the plan (whose lists are shared, not copied), of the coach (thread-safe once
    // made) and of the last review's memo, so a board that goes need not wait for it; the application waits for the
    // pool when it quits. With the memo, a refresh after a check-in reviews one objective again, not the cycle.
    const auto promise = std::make_shared<QPromise<CoachTallies>>();
    m_coachReview.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, coach = *m_coach, plan, memo = m_coachMemo] {
        promise->start();
        if (!promise->isCanceled())
            promise->addResult(reviewed(coach, plan, *memo));
        promise->finish();
    });
}

ProgressBoardModel::CoachTallies ProgressBoardModel::reviewed(const Coach &coach, const CyclePlan &plan,
                                                              CoachMemoSlot &slot)
{
    ReviewMemo memo;
    {
        // Taken, not shared: a review running beside this one (of an older plan) starts afresh.
        const QMutexLocker lock(&slot.mutex);
        memo = std::exchange(slot.memo, {});
    }
    const CycleReview review(coach, plan, NoId, &memo);
    CoachTallies tallies{review.tally(), {}};
    tallies.teams.reserve(review.teams().size());
    for (const CycleReview::TeamItem &team : review.teams())
        tallies.teams.insert(team.team->id, team.tally);
    const QMutexLocker lock(&slot.mutex);
    slot.memo = std::move(memo);
    return tallies;
}

void ProgressBoardModel::waitForCoachReview()
{
    if (m_coachReviewed)
        return;
    m_coachReview.waitForFinished();
    applyCoachReview();
}

void ProgressBoardModel::applyCoachReview()
{
    // Once per plan: waitForCoachReview() may have been first.
    if (m_coachReviewed || m_coachReview.future().resultCount() == 0)
        return;
    CoachTallies tallies = m_coachReview.result();
    m_coachTally = std::move(tallies.organisation);
    m_teamCoachTallies = std::move(tallies.teams);
    m_coachReviewed = true;
    for (int node = 0; node < m_teamNodes.size(); ++node) {
        const QModelIndex cell = teamNodeIndex(node, CoachColumn);
        emit dataChanged(cell, cell);
    }
    emit coachReviewed();
}

Confidence ProgressBoardModel::coachStatus(const CycleReview::Tally &tally)
{
    if (tally.flaggedKeyResultShare() >= 0.5 || tally.unmeasuredObjectives > 0)
        return Confidence::OffTrack;
    return tally.isClean() ? Confidence::OnTrack : Confidence::AtRisk;
}

QVariant ProgressBoardModel::coachData(const ProgressBoard::TeamCard &team, int role) const
{
    if (!m_coachReviewed) {
        if (role == Qt::DisplayRole)
            return tr("…");
        return role == Qt::ToolTipRole ? QVariant(tr("The coach is reading the plan")) : QVariant();
    }
    const auto found = m_teamCoachTallies.constFind(team.id);
    if (found == m_teamCoachTallies.constEnd())
        return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
    const CycleReview::Tally &tally = *found;
    switch (role) {
    case Qt::DisplayRole:
        return tally.isClean() ? tr("all clear")
                               : tr("%1 of %2 flagged").arg(tally.flaggedKeyResults).arg(tally.keyResults);
    case Qt::DecorationRole:
        return m_coachIcons.value(int(coachStatus(tally)));
    case Qt::AccessibleTextRole:
        return CoachMessages::tallySentences(tally).join(u' ');
    case Qt::ToolTipRole:
        return CoachMessages::tallySentences(tally).join(u'\n');
    default:
        break;
    }
    return {};
}

void ProgressBoardModel::setTeamLayout(TeamLayout layout)
{
    if (layout == m_layout)
        return;
    beginResetModel();
    m_layout = layout;
    layOutTeams();
    endResetModel();
}

void ProgressBoardModel::layOutTeams()
{
    m_topTeams.clear();
    for (TeamNode &node : m_teamNodes)
        node.childTeams.clear();
    for (int number = 0; number < m_teamNodes.size(); ++number) {
        TeamNode &node = m_teamNodes[number];
        node.parent = m_layout == TeamLayout::Nested ? node.department : -1;
        if (node.parent < 0) {
            node.row = int(m_topTeams.size());
            m_topTeams.append(number);
        } else {
            TeamNode &parent = m_teamNodes[node.parent];
            node.row = int(m_summary.teams[node.parent].objectives.size() + parent.childTeams.size());
            parent.childTeams.append(number);
        }
    }
}

ProgressBoardModel::RowPath ProgressBoardModel::pathOf(const QModelIndex &index) const
{
    RowPath path;
    if (!index.isValid() || index.model() != this)
        return path;
    const quintptr id = index.internalId();
    if (id == TopLevel) {
        path.teamNode = m_topTeams.value(index.row(), -1);
    } else if (id & BelowObjective) {
        path.kind = RowKind::KeyResult;
        path.objective = int((id & ~BelowObjective) - 1);
        path.teamNode = m_objectivePlaces[path.objective].teamNode;
        path.keyResult = index.row();
    } else {
        const int node = int(id - 1);
        const int objectives = int(m_summary.teams[node].objectives.size());
        if (index.row() < objectives) {
            path.kind = RowKind::Objective;
            path.teamNode = node;
            path.objective = m_teamNodes[node].firstObjective + index.row();
        } else {
            path.teamNode = m_teamNodes[node].childTeams.value(index.row() - objectives, -1);
        }
    }
    return path;
}

const ProgressBoard::ObjectiveCard &ProgressBoardModel::objectiveCard(int number) const
{
    const ObjectivePlace &place = m_objectivePlaces[number];
    return m_summary.teams[place.teamNode].objectives[place.row];
}

ProgressBoardModel::RowKind ProgressBoardModel::rowKind(const QModelIndex &index) const
{
    return pathOf(index).kind;
}

const ProgressBoard::TeamCard *ProgressBoardModel::teamAt(const QModelIndex &index) const
{
    const RowPath path = pathOf(index);
    return path.teamNode < 0 ? nullptr : &m_summary.teams[path.teamNode];
}

const ProgressBoard::ObjectiveCard *ProgressBoardModel::objectiveAt(const QModelIndex &index) const
{
    const RowPath path = pathOf(index);
    return path.objective < 0 ? nullptr : &objectiveCard(path.objective);
}

const ProgressBoard::KeyResultCard *ProgressBoardModel::keyResultAt(const QModelIndex &index) const
{
    const RowPath path = pathOf(index);
    if (path.kind != RowKind::KeyResult)
        return nullptr;
    const QList<ProgressBoard::KeyResultCard> &keyResults = objectiveCard(path.objective).keyResultCards;
    return path.keyResult < keyResults.size() ? &keyResults[path.keyResult] : nullptr;
}

QModelIndex ProgressBoardModel::teamNodeIndex(int node, int column) const
{
    const TeamNode &team = m_teamNodes[node];
    return createIndex(team.row, column, team.parent < 0 ? TopLevel : belowTeam(team.parent));
}

QModelIndex ProgressBoardModel::teamIndex(Id teamId, int column) const
{
    const auto found = m_teamNodeOf.constFind(teamId);
    return found == m_teamNodeOf.constEnd() ? QModelIndex() : teamNodeIndex(*found, column);
}

QModelIndex ProgressBoardModel::objectiveIndex(Id objectiveId, int column) const
{
    const auto found = m_objectiveNumberOf.constFind(objectiveId);
    if (found == m_objectiveNumberOf.constEnd())
        return {};
    const ObjectivePlace &place = m_objectivePlaces[*found];
    return createIndex(place.row, column, belowTeam(place.teamNode));
}

QModelIndex ProgressBoardModel::keyResultIndex(Id keyResultId, int column) const
{
    const auto found = m_keyResultPlaceOf.constFind(keyResultId);
    if (found == m_keyResultPlaceOf.constEnd())
        return {};
    return createIndex(found->second, column, belowObjective(found->first));
}

QModelIndex ProgressBoardModel::indexOf(RowKind kind, Id id, int column) const
{
    switch (kind) {
    case RowKind::Team:
        return teamIndex(id, column);
    case RowKind::Objective:
        return objectiveIndex(id, column);
    case RowKind::KeyResult:
        return keyResultIndex(id, column);
    }
    return {};
}

QModelIndex ProgressBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    const RowPath path = pathOf(parent);
    return createIndex(row, column,
                       path.kind == RowKind::Objective ? belowObjective(path.objective) : belowTeam(path.teamNode));
}

QModelIndex ProgressBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    const RowPath path = pathOf(child);
    if (path.kind == RowKind::KeyResult) {
        const ObjectivePlace &place = m_objectivePlaces[path.objective];
        return createIndex(place.row, TitleColumn, belowTeam(place.teamNode));
    }
    return teamNodeIndex(int(child.internalId() - 1), TitleColumn);
}

int ProgressBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topTeams.size());
    if (parent.column() != TitleColumn)
        return 0;
    const RowPath path = pathOf(parent);
    switch (path.kind) {
    case RowKind::Team:
        return int(m_summary.teams[path.teamNode].objectives.size() + m_teamNodes[path.teamNode].childTeams.size());
    case RowKind::Objective:
        return int(objectiveCard(path.objective).keyResultCards.size());
    case RowKind::KeyResult:
        break;
    }
    return 0;
}

int ProgressBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ProgressBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowKind(index) == RowKind::KeyResult)
        itemFlags |= Qt::ItemNeverHasChildren;
    return itemFlags;
}

QVariant ProgressBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_headers.data(section, orientation, role);
}

QVariant ProgressBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const RowPath path = pathOf(index);
    if (role == ItemRoles::IsTeamRole)
        return path.kind == RowKind::Team;
    QVariant cell;
    switch (path.kind) {
    case RowKind::Team:
        cell = teamData(m_summary.teams[path.teamNode], index.column(), role);
        break;
    case RowKind::Objective:
        cell = objectiveData(objectiveCard(path.objective), index.column(), role);
        break;
    case RowKind::KeyResult:
        cell = keyResultData(objectiveCard(path.objective).keyResultCards[path.keyResult], index.column(), role);
        break;
    }
    // Text written before the limits is shown cut, as in the tree.
    return cell.typeId() == QMetaType::QString ? QVariant(TextLimits::shown(cell.toString())) : cell;
}

QVariant ProgressBoardModel::progressData(double progress, double expected, std::optional<Confidence> pace,
                                          std::optional<Confidence> stated, int role) const
{
    return ProgressCell(progress, expected, pace, stated, m_referenceDate).data(role);
}

QVariant ProgressBoardModel::keyResultsData(const ProgressBoard::StatusCounts &counts, int role)
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) // the tooltip: whole where the column elides it
        return StatusCountText::brief(counts);
    // The most worried word's colour.
    return role == Qt::ForegroundRole ? statusColour(StatusCountText::mostWorried(counts)) : QVariant();
}

QVariant ProgressBoardModel::teamData(const ProgressBoard::TeamCard &team, int column, int role) const
{
    if (role == ItemRoles::ItemIdRole)
        return team.id;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    // The card's header: set off from its objectives in the palette's own colours.
    if (role == Qt::BackgroundRole)
        return QGuiApplication::palette().color(QPalette::AlternateBase);
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return team.name;
        if (role == Qt::AccessibleTextRole)
            return tr("Team %1").arg(team.name);
        break;
    case ProgressColumn:
        return progressData(team.progress, team.expectedProgress, team.paceStatus, std::nullopt, role);
    case ConfidenceColumn:
        // What the team said, the most worried of its latest check-ins: its objectives' rows add the pace.
        if (!team.statedConfidence)
            return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return teamConfidenceText(*team.statedConfidence);
        if (role == Qt::ToolTipRole)
            return StatusWords::statedSentence(team.statedConfidence, team.lastCheckIn);
        if (role == Qt::ForegroundRole)
            return statusColour(team.statedConfidence);
        break;
    case KeyResultsColumn:
        return keyResultsData(team.keyResults, role);
    case CheckInColumn:
        if (role == Qt::DisplayRole)
            // "never" only where a check-in was due: a team without key results has nothing to check in.
            return team.lastCheckIn.isValid() ? shortDate(team.lastCheckIn)
                   : team.missingCheckIn      ? tr("never")
                                              : tr("—");
        if (role == Qt::ToolTipRole)
            return team.lastCheckIn.isValid()
                       ? tr("Latest check-in: week of %1").arg(ValueFormat().date(weekStart(team.lastCheckIn)))
                       : tr("No check-in in this cycle yet");
        break;
    case NotesColumn:
        if (!team.missingCheckIn)
            break;
        if (role == Qt::DisplayRole)
            return tr("missing check-in");
        if (role == Qt::ToolTipRole && m_summary.dueWeek)
            return tr("No check-in for week %1 (due by %2)")
                .arg(m_summary.dueWeek->toString(), ValueFormat().date(m_summary.dueWeek->friday()));
        if (role == Qt::ForegroundRole)
            return PaceColours::forText(Confidence::OffTrack, QGuiApplication::palette());
        break;
    case CoachColumn:
        return coachData(team, role);
    default:
        break;
    }
    return {};
}

QVariant ProgressBoardModel::objectiveData(const ProgressBoard::ObjectiveCard &objective, int column, int role) const
{
    switch (role) {
    case ItemRoles::ItemIdRole:
        return objective.id;
    case ItemRoles::HasContributorsRole:
        return objective.hasKeyResults;
    case ItemRoles::StatedConfidenceRole:
        return objective.statedConfidence ? QVariant(int(*objective.statedConfidence)) : QVariant();
    default:
        break;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return objective.title;
        break;
    case ProgressColumn:
        if (!objective.hasKeyResults) {
            if (role == Qt::DisplayRole)
                return tr("no key results");
            if (role == ItemRoles::ProgressRole)
                return 0.0;
            return {};
        }
        return progressData(objective.progress, objective.expectedProgress, objective.paceStatus,
                            objective.statedConfidence, role);
    case ConfidenceColumn: {
        // Nothing measures it: no pace, only what the team said, if anything.
        const std::optional<Confidence> pace =
            objective.hasKeyResults ? std::optional(objective.paceStatus) : std::nullopt;
        const std::optional<Confidence> status = StatusWords::shown(pace, objective.statedConfidence);
        if (!status)
            return role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant();
        if (role == Qt::DisplayRole)
            return StatusWords::brief(pace, objective.statedConfidence);
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2\n\n%3")
                .arg(pace ? StatusWords::paceSentence(objective.progress, objective.expectedProgress, m_referenceDate,
                                                      pace)
                          : tr("Nothing measures it yet."),
                     StatusWords::statedSentence(objective.statedConfidence, objective.lastCheckIn),
                     StatusWords::legend());
        if (role == Qt::ForegroundRole)
            return statusColour(status);
        break;
    }
    case KeyResultsColumn:
        return keyResultsData(objective.keyResults, role);
    case CheckInColumn:
        if (role == Qt::DisplayRole)
            return objective.lastCheckIn.isValid() ? shortDate(objective.lastCheckIn) : tr("—");
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole) {
            QStringList notes;
            notes.append(objective.commitment == Commitment::Committed ? tr("committed") : tr("aspirational"));
            if (objective.stalled())
                notes.append(tr("stalled"));
            if (!objective.owners.isEmpty())
                notes.append(tr("owned by %1").arg(objective.owners.join(tr(", "))));
            return notes.join(tr(", "));
        }
        if (role == Qt::ToolTipRole && objective.stalled())
            return tr("A key result's value has not changed over its last 3 check-ins");
        break;
    default:
        break;
    }
    return {};
}

QVariant ProgressBoardModel::keyResultData(const ProgressBoard::KeyResultCard &card, int column, int role) const
{
    const KeyResult &keyResult = card.keyResult;
    switch (role) {
    case ItemRoles::ItemIdRole:
        return keyResult.id;
    case ItemRoles::StatedConfidenceRole:
        return card.statedConfidence ? QVariant(int(*card.statedConfidence)) : QVariant();
    default:
        break;
    }
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return keyResult.owner.isEmpty() ? keyResult.title : tr("%1 — %2").arg(keyResult.title, keyResult.owner);
        if (role == Qt::ToolTipRole) {
            const QString owned = keyResult.owner.isEmpty() ? tr("No owner") : tr("Owner: %1").arg(keyResult.owner);
            return keyResult.description.isEmpty()
                       ? tr("%1\n%2").arg(keyResult.title, owned)
                       : tr("%1\n%2\n\n%3").arg(keyResult.title, owned, keyResult.description);
        }
        break;
    case ProgressColumn:
        return progressData(card.progress, card.expectedProgress, card.pace, card.statedConfidence, role);
    case HistoryColumn:
        if (role == ItemRoles::ValueHistoryRole) {
            QList<double> values;
            for (const Scoring::ValuePoint &point : m_histories.value(keyResult.id))
                values.append(point.value);
            return QVariant::fromValue(values);
        }
        if (role == ItemRoles::TargetValueRole)
            return keyResult.target;
        if (role == ItemRoles::PaceStatusRole)
            return card.status() ? QVariant(int(*card.status())) : QVariant();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%n value(s) checked in", nullptr, int(m_histories.value(keyResult.id).size()));
        break;
    case ConfidenceColumn:
        if (role == Qt::DisplayRole)
            return StatusWords::brief(card.pace, card.statedConfidence);
        if (role == Qt::ToolTipRole)
            return tr("%1\n%2\n\n%3")
                .arg(StatusWords::paceSentence(card.progress, card.expectedProgress, m_referenceDate, card.pace),
                     StatusWords::statedSentence(card.statedConfidence, card.lastCheckIn), StatusWords::legend());
        if (role == Qt::ForegroundRole)
            return statusColour(card.status());
        break;
    case KeyResultsColumn:
        if (role == Qt::DisplayRole)
            return DomainText::currentAndTarget(keyResult);
        break;
    case CheckInColumn:
        if (role == Qt::DisplayRole)
            return card.lastCheckIn.isValid() ? shortDate(card.lastCheckIn) : tr("—");
        if (role == Qt::ToolTipRole && card.lastCheckIn.isValid())
            return tr("Latest check-in: week of %1").arg(ValueFormat().date(weekStart(card.lastCheckIn)));
        break;
    case NotesColumn: {
        // One line: the view elides what does not fit, the tooltip has it whole.
        const QString comment = card.lastComment.simplified();
        if (role == Qt::DisplayRole) {
            QStringList notes;
            if (card.stalled)
                notes.append(tr("stalled"));
            if (!comment.isEmpty())
                notes.append(tr("“%1”").arg(comment));
            return notes.join(tr(", "));
        }
        if (role == Qt::ToolTipRole && (card.stalled || !card.lastComment.isEmpty())) {
            QStringList notes;
            if (card.stalled)
                notes.append(tr("Its value has not changed over its last 3 check-ins"));
            if (!card.lastComment.isEmpty())
                notes.append(tr("Latest check-in: %1").arg(card.lastComment));
            return notes.join(QLatin1Char('\n'));
        }
        break;
    }
    default:
        break;
    }
    return {};
}
