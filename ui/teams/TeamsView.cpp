#include "teams/TeamsView.h"

#include "commands/AddTeamCommand.h"
#include "commands/ChangeTeamCommand.h"
#include "commands/RemoveTeamCommand.h"
#include "document/DocumentSession.h"
#include "model/Organisation.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "teams/TeamError.h"
#include "teams/TeamService.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TextLimitHint.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int TeamIdRole = Qt::UserRole;

} // namespace

TeamsView::TeamsView(DocumentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("teamsView"));
    createWidgets();
    connect(&m_session, &DocumentSession::changed, this, &TeamsView::followChange);
    reload();
    selectTeam(NoId);
}

void TeamsView::createWidgets()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("teamTree"));
    m_tree->setAccessibleName(tr("Teams"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamName"));
    TextLimitHint::limit(m_name, TextField::TeamName);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("teamParent"));
    m_hint = new QLabel(tr("Select a team to rename, move or delete it; type a name and choose where it belongs to "
                           "add a new team. Each change can be undone."),
                        this);
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Belongs to:"), m_parent);

    m_addButton = new QPushButton(tr("&Add Team"), this);
    m_addButton->setObjectName(QStringLiteral("addTeamButton"));
    m_renameButton = new QPushButton(tr("&Rename"), this);
    m_renameButton->setObjectName(QStringLiteral("renameTeamButton"));
    m_moveButton = new QPushButton(tr("&Move Here"), this);
    m_moveButton->setObjectName(QStringLiteral("moveTeamButton"));
    m_removeButton = new QPushButton(tr("&Delete…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeTeamButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_renameButton, m_moveButton, m_removeButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addLayout(buttons);

    // The tree's own keys: F2 puts the name field in focus to rename, Delete deletes.
    auto *renameKey = new QAction(this);
    renameKey->setShortcut(QKeySequence(Qt::Key_F2));
    renameKey->setShortcutContext(Qt::WidgetShortcut);
    connect(renameKey, &QAction::triggered, this, [this] {
        m_name->setFocus();
        m_name->selectAll();
    });
    m_tree->addAction(renameKey);
    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &TeamsView::removeTeam);
    m_tree->addAction(removeKey);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TeamsView::showSelected);
    connect(m_name, &QLineEdit::textChanged, this, &TeamsView::updateButtons);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &TeamsView::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_renameButton->isEnabled())
            renameTeam();
        else if (m_addButton->isEnabled())
            addTeam();
    });
    connect(m_addButton, &QPushButton::clicked, this, &TeamsView::addTeam);
    connect(m_renameButton, &QPushButton::clicked, this, &TeamsView::renameTeam);
    connect(m_moveButton, &QPushButton::clicked, this, &TeamsView::moveTeam);
    connect(m_removeButton, &QPushButton::clicked, this, &TeamsView::removeTeam);
}

void TeamsView::reload()
{
    const std::optional<Team> selected = selectedTeam();
    const Id parentId = chosenParentId();
    try {
        m_teams = m_session.repository().teams().all();
        m_revisions = m_session.repository().teams().revisions();
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Show Teams"), error.message());
        return;
    }
    const Organisation organisation(m_teams);
    const QSignalBlocker treeBlocker(m_tree);
    const QSignalBlocker parentBlocker(m_parent);
    m_tree->clear();
    m_parent->clear();
    QHash<Id, QTreeWidgetItem *> items;
    for (const Team &team : std::as_const(m_teams)) {
        QTreeWidgetItem *above = items.value(team.parentId);
        auto *item = above ? new QTreeWidgetItem(above, {team.name}) : new QTreeWidgetItem(m_tree, {team.name});
        item->setData(0, TeamIdRole, team.id);
        items.insert(team.id, item);
        m_parent->addItem(QString(2 * organisation.depth(team.id), u' ') + team.name, team.id);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *item = items.value(selected ? selected->id : NoId))
        m_tree->setCurrentItem(item);
    const int parentRow = m_parent->findData(parentId);
    m_parent->setCurrentIndex(parentRow >= 0 ? parentRow : 0);
    updateButtons();
}

void TeamsView::followChange(const DocumentChange &change)
{
    if (change.mayChangeTeams())
        reload();
}

void TeamsView::selectTeam(Id teamId)
{
    const Id wanted = teamId == NoId ? Organisation(m_teams).company() : teamId;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, TeamIdRole).value<Id>() == wanted)
            m_tree->setCurrentItem(*it);
    }
    m_tree->setFocus();
}

void TeamsView::startNewTeam(Id parentId)
{
    selectTeam(parentId);
    const int parentRow = m_parent->findData(selectedTeam() ? selectedTeam()->id : NoId);
    if (parentRow >= 0)
        m_parent->setCurrentIndex(parentRow);
    m_name->clear();
    m_name->setFocus();
}

void TeamsView::showSelected()
{
    const std::optional<Team> team = selectedTeam();
    m_name->setText(team ? team->name : QString());
    const int parentRow = team ? m_parent->findData(team->parentId) : -1;
    if (parentRow >= 0)
        m_parent->setCurrentIndex(parentRow);
    updateButtons();
}

void TeamsView::updateButtons()
{
    const std::optional<Team> team = selectedTeam();
    const QString name = m_name->text().trimmed();
    const bool writable = !m_session.document().isReadOnly();
    const bool nameIsNew = !name.isEmpty() && (!team || name != team->name);
    m_addButton->setEnabled(writable && nameIsNew);
    m_renameButton->setEnabled(writable && team && nameIsNew);
    m_moveButton->setEnabled(writable && team && team->parentId != NoId && chosenParentId() != team->parentId);
    m_removeButton->setEnabled(writable && team.has_value());
}

std::optional<Team> TeamsView::selectedTeam() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    const Id teamId = item->data(0, TeamIdRole).value<Id>();
    for (const Team &team : m_teams) {
        if (team.id == teamId)
            return team;
    }
    return std::nullopt;
}

Id TeamsView::chosenParentId() const
{
    return m_parent->currentIndex() >= 0 ? m_parent->currentData().value<Id>() : NoId;
}

bool TeamsView::push(QUndoCommand *command)
{
    const EditOutcome outcome = m_session.push(command);
    // The session reports a rule's refusal and a failed write, and asks what to do after a conflict: whether the
    // user chose to see the other change or cancelled, the form shows the teams as they are now.
    if (outcome.kind == EditOutcome::Kind::Conflict)
        reload();
    return outcome.isDone();
}

void TeamsView::addTeam()
{
    auto *command = new AddTeamCommand(m_session, m_name->text(), chosenParentId());
    if (push(command))
        selectTeam(command->addedId());
}

void TeamsView::renameTeam()
{
    const std::optional<Team> team = selectedTeam();
    if (team)
        push(ChangeTeamCommand::rename(m_session, *team, m_revisions.value(team->id), m_name->text()));
}

void TeamsView::moveTeam()
{
    const std::optional<Team> team = selectedTeam();
    if (team)
        push(ChangeTeamCommand::move(m_session, *team, m_revisions.value(team->id), chosenParentId(),
                                     m_parent->currentText().trimmed()));
}

void TeamsView::removeTeam()
{
    const std::optional<Team> team = selectedTeam();
    if (!team || m_session.document().isReadOnly())
        return;
    TeamContent content;
    try {
        content = TeamService(m_session.repository()).contentOf(team->id);
    } catch (const TeamError &error) {
        MessageBoxes::warning(this, tr("Cannot Delete Team"), error.message());
        return;
    } catch (const DocumentError &error) {
        MessageBoxes::warning(this, tr("Cannot Delete Team"), error.message());
        return;
    }
    const QString text =
        content.isEmpty()
            ? tr("Delete the team “%1”? It holds nothing yet. Edit > Undo brings it back.").arg(team->name)
            : tr("Delete the team “%1” with %2? They are deleted with it, in every cycle. Edit > Undo brings them "
                 "back.")
                  .arg(team->name, content.described());
    if (MessageBoxes::question(this, tr("Delete Team"), text, tr("Delete Team")))
        push(new RemoveTeamCommand(m_session, *team, m_revisions.value(team->id)));
}
