#pragma once

#include "model/Cycle.h"
#include "model/TextLimits.h"
#include "scoring/PaceThresholds.h"
#include "storage/Document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class Repository;
struct Team;

// A headless subcommand: `quarterdeck NAME ...`. Runs without a display; errors go to `err` with a non-zero
// exit code (2 for bad usage, 1 when the work itself failed).
class Subcommand {
    Q_DECLARE_TR_FUNCTIONS(Subcommand)

public:
    virtual ~Subcommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `quarterdeck --help`
    // True when these arguments (as run() takes them) make the command draw (fonts, charts, PDF): main() then hands
    // it to the window's module, which runs it under a QApplication on the offscreen platform, still without a
    // display. Arguments that do not parse, or ask for help, never draw: the usage error or the help is printed
    // headless.
    bool needsGuiApplication(const QStringList &arguments) const;

    // `arguments` starts with the program name, then the command's name, then its own arguments.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static constexpr int Success = 0;
    static constexpr int Failure = 1;
    static constexpr int UsageError = 2;

protected:
    // Declares the command's options and positional arguments.
    virtual void configure(QCommandLineParser &parser) const = 0;
    // True when the command, with these parsed arguments, draws; see needsGuiApplication.
    virtual bool draws(const QCommandLineParser &parser) const
    {
        Q_UNUSED(parser);
        return false;
    }
    // Does the work once the arguments parsed; report problems through `err`.
    virtual int execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    // Writes "quarterdeck NAME: message" to err and returns UsageError.
    int usageError(QTextStream &err, const QString &message) const;
    // The FILE of a command that takes exactly one; nothing (the usage error on `err`) otherwise.
    std::optional<QString> singleFile(const QCommandLineParser &parser, QTextStream &err) const;
    // The value of an option the command cannot run without, `--option VALUE_NAME`; nothing (the usage error on
    // `err`) when it is missing or empty.
    std::optional<QString> requiredValue(const QCommandLineParser &parser, const QString &option,
                                         const QString &valueName, QTextStream &err) const;
    // Writes "quarterdeck NAME: message" to err and returns Failure.
    int failure(QTextStream &err, const QString &message) const;
    // The Failure of a drawing command run without the window's module to draw with (a program linked without it).
    int cannotDraw(QTextStream &err) const;
    // False, with "quarterdeck NAME: ARGUMENT: The ... has N characters; at most M are allowed." on `err`, when
    // `value` is longer than TextLimits allow for `field`: refused before the document is touched.
    bool fitsLimit(const QString &argument, TextField field, const QString &value, QTextStream &err) const;

    // True, with the reason on `err`, when `outputPath` is the document at `documentPath` or its journal:
    // a command's output must never be written over the document.
    bool refuseOutputOverDocument(const QString &outputPath, const QString &documentPath, QTextStream &err) const;

    // --cycle C (the active quarter without it) and --team NAME (that team and the teams under it), as the commands
    // that show one cycle of the organisation take them; read them with chosenCycle and teamNamed.
    void addCycleAndTeamOptions(QCommandLineParser &parser, const QString &cycleOption,
                                const QString &teamOption) const;
    // How --team matches, for the help of every command that takes it.
    static QString teamMatchingHelp();
    // The team `name` names: letter case and spaces around it do not matter. Nothing (the reason on `err`) when
    // no team or several teams have that name.
    std::optional<Team> teamNamed(const Repository &repository, const QString &name, QTextStream &err) const;

    // The scope --team chooses: that team's id (the team and the teams under it), NoId without the option; nothing
    // (the reason on `err`) when no single team has that name.
    std::optional<Id> chosenTeamScope(const Repository &repository, const QCommandLineParser &parser,
                                      const QString &teamOption, QTextStream &err) const;

    // The cycle named `name` (exactly); nothing, with the document's cycles on `err`, when none is.
    std::optional<Cycle> cycleNamed(const Repository &repository, const QString &name, const QString &documentPath,
                                    QTextStream &err) const;
    // The cycle `cycleOption` names, or the active quarter when it is not given; nothing (the reason on `err`) when
    // there is no such cycle.
    std::optional<Cycle> chosenCycle(const Repository &repository, const QCommandLineParser &parser,
                                     const QString &cycleOption, const QString &documentPath, QTextStream &err) const;

    // The pace thresholds chosen in the window's Edit > Preferences (the same settings), so that a command judges
    // paces as the window does; the domain's when none were chosen.
    static PaceThresholds preferredPaceThresholds();

    // A new document at `path` written by `fill`, which appears at the path only when complete (see
    // Document::create); refuses an existing file rather than mixing data into it. Null (and the reason on `err`)
    // when it cannot be created; what `fill` throws other than a DocumentError goes on, and nothing is created.
    std::unique_ptr<Document> createDocument(const QString &path, const std::function<void(Repository &)> &fill,
                                             QTextStream &err) const;
    // An existing document: ReadOnly for commands that only read, ReadWrite for those that change it. Null (and
    // the reason on `err`) when it cannot be opened; an upgrade says on `err` where the old version is kept.
    std::unique_ptr<Document> openDocument(const QString &path, Document::OpenMode mode, QTextStream &err) const;

private:
    static QCommandLineOption helpOption();
    // The help option and the command's own (configure).
    void declare(QCommandLineParser &parser) const;
    // Declares, then parses `arguments` as run() takes them.
    bool parse(QCommandLineParser &parser, const QStringList &arguments) const;
    // `arguments` with every negative number that is a positional argument moved behind "--", so the parser
    // does not read "-5" as the option '5'.
    QStringList withNegativeNumbersAsPositional(const QStringList &arguments) const;
};
