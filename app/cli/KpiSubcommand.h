#pragma once

#include "cli/ActionSubcommand.h"
#include "model/Ids.h"

#include <QCoreApplication>

#include <optional>

// `quarterdeck kpi FILE list|add|record ...`: the KPI window's list, new KPIs and recorded values, headless.
// What the window refuses (a name taken in the team, a target or value that is not a number, a future date) is
// refused here too, changing nothing, with exit code 1.
class KpiSubcommand : public ActionSubcommand {
    Q_DECLARE_TR_FUNCTIONS(KpiSubcommand)

public:
    // `today`: the date `record` uses without --date, and the last date it accepts.
    explicit KpiSubcommand(QDate today = QDate::currentDate());

    QString name() const override { return QStringLiteral("kpi"); }
    QString summary() const override;

protected:
    void configureOptions(QCommandLineParser &parser) const override;
    QList<Action> actions() const override;
    int runAction(const QString &action, const QStringList &operands, Repository &repository,
                  const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int list(const Repository &repository, QTextStream &out) const;
    int add(Repository &repository, const QCommandLineParser &parser, const QString &name, QTextStream &out,
            QTextStream &err) const;
    int record(Repository &repository, const QCommandLineParser &parser, const QStringList &operands, QTextStream &out,
               QTextStream &err) const;
    // The team named by --team, NoId without the option; nothing (the reason on `err`) when there is no such team.
    std::optional<Id> teamOption(const Repository &repository, const QCommandLineParser &parser,
                                 QTextStream &err) const;
};
