#include "cli/LintSubcommand.h"

#include "cli/PrintableText.h"
#include "coach/Coach.h"
#include "io/JsonText.h"

#include <QFile>
#include <QIODevice>

#include <optional>
#include <utility>

namespace {

const QString ObjectiveOption = QStringLiteral("objective");
const QString JsonOption = QStringLiteral("json");

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
    return tr("Check key results (or objectives) with the OKR coach.");
}

void LintSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({ObjectiveOption, tr("Treat each text as an objective, not a key result.")});
    parser.addOption({JsonOption, tr("Write one JSON object per text.")});
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("Texts to check; without any, each line of standard input."),
                                 QStringLiteral("[TEXT...]"));
}

int LintSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(err);
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
            writeHuman(out, text, verdict, flags, metric ? describeMetric(*metric) : QString());
            return;
        }
        JsonFields object(lines);
        object.string("text", text);
        object.string("verdict", verdict);
        appendFlags(object.key("flags"), flags);
        if (metric)
            appendMetric(object.key("metric"), *metric);
        else
            object.key("metric") += "null";
        object.close();
        lines += '\n';
        if (lines.size() >= OutputChunk) {
            writeUtf8(out, lines);
            lines.resize(0);
        }
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

void LintSubcommand::writeHuman(QTextStream &out, const QString &text, const QString &verdict,
                                const QList<CoachFlag> &flags, const QString &metric)
{
    out << PrintableText::escaped(text.trimmed()) << '\n' << QStringLiteral("  ") << verdict;
    if (!metric.isEmpty())
        out << QStringLiteral(": ") << PrintableText::escaped(metric);
    out << '\n';
    for (const CoachFlag &flag : flags) {
        out << QStringLiteral("  %1 [%2] %3\n")
                   .arg(toString(flag.severity), flag.code, PrintableText::escaped(flag.message))
            << QStringLiteral("    -> %1\n").arg(PrintableText::escaped(flag.suggestion));
    }
}
