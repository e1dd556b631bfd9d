#include "widgets/InitiativeListEditor.h"
#include "widgets/TextLimitHint.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

InitiativeListEditor::InitiativeListEditor(const QString &keyResultTitle, QWidget *parent)
    : QWidget(parent)
    , m_keyResultTitle(keyResultTitle)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(new QLabel(tr("Initiative"), this), 0, 0);
    m_layout->addWidget(new QLabel(tr("Owner"), this), 0, 1);
    m_layout->setColumnStretch(0, 3);
    m_layout->setColumnStretch(1, 1);
    appendLine({});
}

void InitiativeListEditor::setInitiatives(const QList<Initiative> &initiatives)
{
    for (const Line &line : std::as_const(m_lines)) {
        delete line.title;
        delete line.owner;
    }
    m_lines.clear();
    for (const Initiative &initiative : initiatives)
        appendLine(initiative);
    appendLine({});
}

QList<Initiative> InitiativeListEditor::initiatives() const
{
    QList<Initiative> initiatives;
    for (const Line &line : m_lines) {
        const QString title = line.title->text().simplified();
        if (title.isEmpty())
            continue;
        Initiative initiative = line.stored;
        initiative.title = title;
        initiative.owner = line.owner->text().simplified();
        initiatives.append(initiative);
    }
    return initiatives;
}

QList<QWidget *> InitiativeListEditor::focusOrder() const
{
    QList<QWidget *> fields;
    for (const Line &line : m_lines)
        fields << line.title << line.owner;
    return fields;
}

void InitiativeListEditor::appendLine(const Initiative &initiative)
{
    const int number = int(m_lines.size()) + 1;
    Line line{initiative, new QLineEdit(initiative.title, this), new QLineEdit(initiative.owner, this)};
    line.title->setObjectName(QStringLiteral("initiativeTitle"));
    TextLimitHint::limit(line.title, TextField::InitiativeTitle);
    TextLimitHint::limit(line.owner, TextField::Owner);
    line.title->setAccessibleName(tr("Initiative %1 for “%2”").arg(number).arg(m_keyResultTitle));
    line.title->setPlaceholderText(tr("An action plan, e.g. Run a webinar series"));
    line.owner->setObjectName(QStringLiteral("initiativeOwner"));
    line.owner->setAccessibleName(tr("Owner of initiative %1 for “%2”").arg(number).arg(m_keyResultTitle));
    line.owner->setPlaceholderText(tr("Name"));
    m_layout->addWidget(line.title, number, 0);
    m_layout->addWidget(line.owner, number, 1);
    connect(line.title, &QLineEdit::textChanged, this, &InitiativeListEditor::lineEdited);
    m_lines.append(line);
}

void InitiativeListEditor::lineEdited()
{
    if (m_lines.last().title->text().trimmed().isEmpty())
        return;
    appendLine({});
    emit linesChanged();
}
