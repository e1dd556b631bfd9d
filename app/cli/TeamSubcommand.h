#pragma once

#include "cli/ActionSubcommand.h"

#include <QCoreApplication>

class TeamService;

// `quarterdeck team FILE list|add|rename|move|remove ...`: the window's team management, headless, through the same
// TeamService, so it refuses the same things (a name another team has, a team under itself, removing the
// organisation) with exit code 1. `remove` of a team with content (teams below it, objectives, check-ins, KPIs)
// says what it would take along and needs --force.
class TeamSubcommand : public ActionSubcommand {
    Q_DECLARE_TR_FUNCTIONS(TeamSubcommand)

public:
    TeamSubcommand();

    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override;

protected:
    void configureOptions(QCommandLineParser &parser) const override;
    QList<Action> actions() const override;
    int runAction(const QString &action, const QStringList &operands, Repository &repository,
                  const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int list(const Repository &repository, QTextStream &out) const;
    int add(TeamService &service, const Repository &repository, const QString &name, const QCommandLineParser &parser,
            QTextStream &out, QTextStream &err) const;
    int rename(TeamService &service, const Repository &repository, const QStringList &names, QTextStream &out,
               QTextStream &err) const;
    int move(TeamService &service, const Repository &repository, const QString &name, const QCommandLineParser &parser,
             QTextStream &out, QTextStream &err) const;
    int remove(TeamService &service, const Repository &repository, const QString &name,
               const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const;
};
