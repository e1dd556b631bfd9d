#pragma once

#include "cli/ActionSubcommand.h"

#include <QCoreApplication>

class CyclePlanner;

// `quarterdeck cycle FILE list|new|activate|close|carry-over ...`: the cycle operations of the window, headless.
// Refusals (an end before the start, a name already used, a second active quarter, an unknown cycle) change
// nothing and exit with 1.
class CycleSubcommand : public ActionSubcommand {
    Q_DECLARE_TR_FUNCTIONS(CycleSubcommand)

public:
    // `today` decides the quarter `new` proposes when the document has none.
    explicit CycleSubcommand(QDate today = QDate::currentDate());

    QString name() const override { return QStringLiteral("cycle"); }
    QString summary() const override;

protected:
    void configureOptions(QCommandLineParser &parser) const override;
    QList<Action> actions() const override;
    int runAction(const QString &action, const QStringList &names, Repository &repository,
                  const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int list(const Repository &repository, QTextStream &out) const;
    int add(CyclePlanner &planner, const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const;
    int carryOver(CyclePlanner &planner, const Repository &repository, const QCommandLineParser &parser,
                  const QStringList &names, QTextStream &out, QTextStream &err) const;
};
