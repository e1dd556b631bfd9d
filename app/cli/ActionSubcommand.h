#pragma once

#include "cli/Subcommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Repository;

// A subcommand of several actions on one document, `quarterdeck NAME FILE ACTION OPERAND...` (cycle, kpi): checks
// the action and its count of operands, opens the document, runs the action and reports a DocumentError as a
// failure that changed nothing.
class ActionSubcommand : public Subcommand {
    Q_DECLARE_TR_FUNCTIONS(ActionSubcommand)

public:
    // `today`: the date the actions take as the current one.
    explicit ActionSubcommand(QDate today);

protected:
    struct Action {
        QString name;
        qsizetype operands = 0;      // the positional arguments after the action's name
        bool changesDocument = true; // false: the document is opened read-only, and may be read-only or damaged
    };
    // The actions, in the order the usage lists them.
    virtual QList<Action> actions() const = 0;
    // Declares the command's description and options; FILE and ACTION are declared already.
    virtual void configureOptions(QCommandLineParser &parser) const = 0;
    // Runs `action`, one of actions() and given its count of operands, on the open document.
    virtual int runAction(const QString &action, const QStringList &operands, Repository &repository,
                          const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    QDate today() const { return m_today; }

private:
    void configure(QCommandLineParser &parser) const final;
    // "list, add or record".
    QString actionNames() const;
    int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) final;

    QDate m_today;
};
