#include "cli/LintSubcommand.h"

#include "cli/PrintableText.h"
#include "coach/Coach.h"
#include "coach/CoachMessages.h"
#include "coach/CycleReview.h"
#include "io/JsonText.h"
#include "model/CyclePlan.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"

#include <QFile>
#include <QIODevice>

#include <optional>
#include <utility>

namespace {

const QString ObjectiveOption = QStringLiteral("objective");
const QString JsonOption = QStringLiteral("json");
const QString DocumentOption = QStringLiteral("document");
const QString CycleOption = QStringLiteral("cycle");
const QString TeamOption = QStringLiteral("team");

// Lines of JSON gathered before they are written: a write per line would cost more than the line.
constexpr qsizetype OutputChunk = 64 * 1024;

// One JSON object written into a line in UTF-8, its keys in the documented order (QJsonObject would sort them). The
// keys are this file's plain names, which need no escapes.
class JsonFields {
public:
    explicit JsonFields(QByteArray &json)
        : m_json(json)
    {
        m_json += '{';
    }

    // The key; the caller appends its value.
    QByteArray &key(const char *name)
    {
        JsonText::appendKey(m_json, name, m_first);
        m_first = false;
        return m_json;
    }

    void string(const char *name, const QString &text) { JsonText::appendString(key(name), text); }

    // Empty text as null: the field has nothing to say.
    void textOrNull(const char *name, const QString &text)
    {
        if (text.isEmpty())
            key(name) += "null";
        else
            string(name, text);
    }

    void number(const char *name, const std::optional<double> &value)
    {
        if (value)
            JsonText::appendNumber(key(name), *value);
        else
            key(name) += "null";
    }

    void count(const char *name, int value) { JsonText::appendNumber(key(name), value); }

    void names(const char *name, const QStringList &texts)
    {
        QByteArray &json = key(name);
        json += '[';
        for (qsizetype index = 0; index < texts.size(); ++index) {
            if (index > 0)
                json += ',';
            JsonText::appendString(json, texts.at(index));
        }
        json += ']';
    }

    void close() { m_json += '}'; }

private:
    QByteArray &m_json;
    bool m_first = true;
};

void appendFlags(QByteArray &json, const QList<CoachFlag> &flags)
{
    json += '[';
    for (qsizetype index = 0; index < flags.size(); ++index) {
        if (index > 0)
            json += ',';
        const CoachFlag &flag = flags.at(index);
        JsonFields object(json);
        object.textOrNull("code", flag.code);
        object.textOrNull("severity", toString(flag.severity));
        object.textOrNull("message", flag.message);
        object.textOrNull("suggestion", flag.suggestion);
        object.close();
    }
    json += ']';
}

void appendMetric(QByteArray &json, const Metric &metric)
{
    const bool hasValue = !metric.isEmpty();
    JsonFields object(json);
    object.number("start", metric.start);
    object.number("target", metric.target);
    object.textOrNull("unit", hasValue ? unitName(metric.unit) : QString());
    object.textOrNull("kind", hasValue && metric.kind ? kindName(*metric.kind) : QString());
    object.textOrNull("measure", metric.measure);
    object.textOrNull("unitLabel", metric.unitLabel);
    object.key("relative") += metric.relative ? "true" : "false";
    object.close();
}

// A text's review, in the fields every line of `lint --json` has; an empty verdict (a team's line) as null.
void appendReview(JsonFields &object, const QString &text, const QString &verdict, const QList<CoachFlag> &flags,
                  const Metric *metric)
{
    object.string("text", text);
    object.textOrNull("verdict", verdict);
    appendFlags(object.key("flags"), flags);
    if (metric)
        appendMetric(object.key("metric"), *metric);
    else
        object.key("metric") += "null";
}

QString describeMetric(const Metric &metric)
{
    if (metric.isEmpty())
        return {};
    const auto value = [&](const std::optional<double> &number) {
        return number ? QString::number(*number, 'g', 12) : QStringLiteral("?");
    };
    return LintSubcommand::tr("%1 %2 -> %3 %4 (%5)")
        .arg(metric.measure.isEmpty() ? QStringLiteral("-") : metric.measure, value(metric.start), value(metric.target),
             metric.unitLabel, metric.kind ? kindName(*metric.kind) : QString())
        .simplified();
}

} // namespace

QString LintSubcommand::name() const
{
    return QStringLiteral("lint");
}

QString LintSubcommand::summary() const
{
    return tr("Check key results (or objectives) with the OKR coach, or every one of a document's cycle.");
}

void LintSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({ObjectiveOption, tr("Treat each text as an objective, not a key result.")});
    parser.addOption({JsonOption, tr("Write one JSON object per text (with --document: per team, objective and key "
                                     "result, then one for the summary).")});
    parser.addOption({DocumentOption,
                      tr("Check every objective and key result of a cycle of the document FILE (a file or a "
                         "postgresql:// URL) instead of texts, team by team, and sum them up. The exit code is 1 when "
                         "the coach flags anything, notes included, and 0 when nothing is flagged.") +
                          u' ' + tr("Use --cycle and --team with it only."),
                      QStringLiteral("FILE")});
    addCycleAndTeamOptions(parser, CycleOption, TeamOption);
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("Texts to check; without any, each line of standard input."),
                                 QStringLiteral("[TEXT...]"));
}

int LintSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(DocumentOption))
        return lintDocument(parser, out, err);
    if (parser.isSet(CycleOption) || parser.isSet(TeamOption))
        return usageError(err, tr("--cycle and --team choose what --document FILE checks; give the document."));
    return lintTexts(parser, out);
}

int LintSubcommand::lintTexts(const QCommandLineParser &parser, QTextStream &out)
{
    const bool objectives = parser.isSet(ObjectiveOption);
    const bool json = parser.isSet(JsonOption);
    const Coach coach;
    QByteArray lines; // the JSON lines not written yet
    lines.reserve(OutputChunk + OutputChunk / 4);
    const auto lint = [&](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        QString verdict;
        QList<CoachFlag> flags;
        std::optional<Metric> metric; // objectives have none
        if (objectives) {
            ObjectiveReview review = coach.reviewObjective(text);
            verdict = toString(review.verdict);
            flags = std::move(review.flags);
        } else {
            KeyResultReview review = coach.reviewKeyResult(text);
            verdict = toString(review.verdict);
            flags = std::move(review.flags);
            metric = std::move(review.metric);
        }
        if (!json) {
            writeHuman(out, QString(), PrintableText::escaped(text.trimmed()), verdict, flags,
                       metric ? describeMetric(*metric) : QString());
            return;
        }
        JsonFields object(lines);
        appendReview(object, text, verdict, flags, metric ? &*metric : nullptr);
        object.close();
        lines += '\n';
        writeWhenFull(out, lines);
    };
    const QStringList texts = parser.positionalArguments();
    if (texts.isEmpty())
        forEachStandardInputLine(lint);
    for (const QString &text : texts)
        lint(text);
    writeUtf8(out, lines);
    out.flush();
    return Success;
}

int LintSubcommand::lintDocument(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(ObjectiveOption) || !parser.positionalArguments().isEmpty())
        return usageError(err, tr("--document checks the objectives and key results the document holds; give "
                                  "neither --objective nor TEXT with it."));
    const QString file = parser.value(DocumentOption);
    const std::unique_ptr<Document> document = openDocument(file, Document::OpenMode::ReadOnly, err);
    if (!document)
        return Failure;
    try {
        const Repository repository(*document);
        const std::optional<Cycle> cycle = chosenCycle(repository, parser, CycleOption, file, err);
        if (!cycle)
            return Failure;
        const std::optional<Id> teamScope = chosenTeamScope(repository, parser, TeamOption, err);
        if (!teamScope)
            return Failure;
        const CyclePlan plan = repository.queries().loadCyclePlan(cycle->id);
        const CycleReview review(Coach(), plan, *teamScope);
        if (parser.isSet(JsonOption)) {
            writeReviewJson(out, review, cycle->name);
        } else {
            writeReviewHuman(out, review);
            writeSummaryHuman(out, review, cycle->name);
        }
        out.flush();
        if (document->isDamaged())
            return failure(err,
                           tr("%1 is damaged: only what could be read was checked.").arg(PrintableText::escaped(file)));
        return review.isClean() ? Success : Failure;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}

void LintSubcommand::writeReviewHuman(QTextStream &out, const CycleReview &review)
{
    const QString objectiveIndent = QStringLiteral("  ");
    const QString keyResultIndent = QStringLiteral("    ");
    for (const CycleReview::TeamItem &team : review.teams()) {
        out << tr("Team %1").arg(PrintableText::escaped(team.team->name)) << '\n';
        writeFlags(out, objectiveIndent, team.flags);
        for (const CycleReview::ObjectiveItem &objective : team.objectives) {
            writeHuman(out, objectiveIndent,
                       tr("Objective: %1").arg(PrintableText::escaped(objective.objective->title.trimmed())),
                       toString(objective.review.verdict), objective.review.flags, QString());
            for (const CycleReview::KeyResultItem &keyResult : objective.keyResults) {
                writeHuman(out, keyResultIndent,
                           tr("Key result: %1").arg(PrintableText::escaped(keyResult.keyResult->title.trimmed())),
                           toString(keyResult.review.verdict), keyResult.review.flags,
                           describeMetric(keyResult.review.metric));
            }
        }
    }
}

void LintSubcommand::writeSummaryHuman(QTextStream &out, const CycleReview &review, const QString &cycleName)
{
    out << '\n'
        << tr("The coach flagged %n key result(s) of %1 in %2.", nullptr, review.flaggedKeyResultCount())
               .arg(review.keyResultCount())
               .arg(PrintableText::escaped(cycleName))
        << '\n'
        << tr("It flagged %n objective(s) of %1.", nullptr, review.flaggedObjectiveCount()).arg(review.objectiveCount())
        << '\n';
    if (!review.flagCounts().isEmpty())
        out << tr("The flags: %1.").arg(CoachMessages::flagCountList(review.flagCounts())) << '\n';
    if (review.unmeasuredObjectiveCount() > 0)
        out << tr("No key results measure %n objective(s).", nullptr, review.unmeasuredObjectiveCount()) << '\n';
    if (!review.teamsOverGuidance().isEmpty()) {
        out << tr("%n team(s) set more objectives than the guidance allows: %1.", nullptr,
                  static_cast<int>(review.teamsOverGuidance().size()))
                   .arg(PrintableText::escaped(review.teamsOverGuidance().join(QStringLiteral(", "))))
            << '\n';
    }
}

void LintSubcommand::writeReviewJson(QTextStream &out, const CycleReview &review, const QString &cycleName)
{
    QByteArray lines;
    const auto line = [&](const char *item, const QString &team, const QString &objective) -> JsonFields {
        JsonFields object(lines);
        object.string("item", QString::fromLatin1(item));
        object.string("team", team);
        object.textOrNull("objective", objective);
        return object;
    };
    const auto end = [&](JsonFields &object) {
        object.close();
        lines += '\n';
        writeWhenFull(out, lines);
    };
    for (const CycleReview::TeamItem &team : review.teams()) {
        const QString &teamName = team.team->name;
        JsonFields teamLine = line("team", teamName, QString());
        appendReview(teamLine, teamName, QString(), team.flags, nullptr);
        end(teamLine);
        for (const CycleReview::ObjectiveItem &objective : team.objectives) {
            const QString &title = objective.objective->title;
            JsonFields objectiveLine = line("objective", teamName, title);
            appendReview(objectiveLine, title, toString(objective.review.verdict), objective.review.flags, nullptr);
            end(objectiveLine);
            for (const CycleReview::KeyResultItem &keyResult : objective.keyResults) {
                JsonFields keyResultLine = line("keyResult", teamName, title);
                appendReview(keyResultLine, keyResult.keyResult->title, toString(keyResult.review.verdict),
                             keyResult.review.flags, &keyResult.review.metric);
                end(keyResultLine);
            }
        }
    }
    JsonFields summary(lines);
    summary.string("item", QStringLiteral("summary"));
    summary.string("cycle", cycleName);
    summary.count("objectives", review.objectiveCount());
    summary.count("keyResults", review.keyResultCount());
    summary.count("flaggedObjectives", review.flaggedObjectiveCount());
    summary.count("flaggedKeyResults", review.flaggedKeyResultCount());
    JsonFields flags(summary.key("flagCounts"));
    for (auto code = review.flagCounts().cbegin(); code != review.flagCounts().cend(); ++code)
        flags.count(code.key().toLatin1().constData(), code.value());
    flags.close();
    summary.count("unmeasuredObjectives", review.unmeasuredObjectiveCount());
    summary.names("teamsOverGuidance", review.teamsOverGuidance());
    end(summary);
    writeUtf8(out, lines);
}

void LintSubcommand::writeWhenFull(QTextStream &out, QByteArray &lines)
{
    if (lines.size() < OutputChunk)
        return;
    writeUtf8(out, lines);
    lines.resize(0);
}

void LintSubcommand::writeUtf8(QTextStream &out, const QByteArray &utf8)
{
    if (QIODevice *device = out.device()) {
        out.flush(); // what the stream holds goes first
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

void LintSubcommand::forEachStandardInputLine(const std::function<void(const QString &)> &use)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return;
    QTextStream stream(&input);
    stream.setEncoding(QStringConverter::Utf8);
    QString line;
    while (stream.readLineInto(&line))
        use(line);
}

void LintSubcommand::writeHuman(QTextStream &out, const QString &indent, const QString &heading, const QString &verdict,
                                const QList<CoachFlag> &flags, const QString &metric)
{
    out << indent << heading << '\n' << indent << QStringLiteral("  ") << verdict;
    if (!metric.isEmpty())
        out << QStringLiteral(": ") << PrintableText::escaped(metric);
    out << '\n';
    writeFlags(out, indent + QStringLiteral("  "), flags);
}

void LintSubcommand::writeFlags(QTextStream &out, const QString &indent, const QList<CoachFlag> &flags)
{
    for (const CoachFlag &flag : flags) {
        out << indent
            << QStringLiteral("%1 [%2] %3\n")
                   .arg(toString(flag.severity), flag.code, PrintableText::escaped(flag.message))
            << indent << QStringLiteral("  -> %1\n").arg(PrintableText::escaped(flag.suggestion));
    }
}
