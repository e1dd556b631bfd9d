#include "cli/LintSubcommand.h"

#include "cli/PrintableText.h"
#include "coach/Coach.h"
#include "io/JsonText.h"

#include <QFile>

#include <optional>
#include <utility>

namespace {

const QString ObjectiveOption = QStringLiteral("objective");
const QString JsonOption = QStringLiteral("json");

// One JSON object written into a line, its keys in the documented order (QJsonObject would sort them). The keys are
// this file's plain names, which need no escapes.
class JsonFields {
public:
    explicit JsonFields(QString &json)
        : m_json(json)
    {
        m_json += u'{';
    }

    // The key; the caller appends its value.
    QString &key(QLatin1String name)
    {
        if (!m_first)
            m_json += u',';
        m_first = false;
        m_json += u'"';
        m_json += name;
        m_json += QLatin1String("\":");
        return m_json;
    }

    void string(QLatin1String name, const QString &text) { JsonText::appendString(key(name), text); }

    // Empty text as null: the field has nothing to say.
    void textOrNull(QLatin1String name, const QString &text)
    {
        if (text.isEmpty())
            key(name) += QLatin1String("null");
        else
            string(name, text);
    }

    void number(QLatin1String name, const std::optional<double> &value)
    {
        if (value)
            JsonText::appendNumber(key(name), *value);
        else
            key(name) += QLatin1String("null");
    }

    void close() { m_json += u'}'; }

private:
    QString &m_json;
    bool m_first = true;
};

void appendFlags(QString &json, const QList<CoachFlag> &flags)
{
    json += u'[';
    for (qsizetype index = 0; index < flags.size(); ++index) {
        if (index > 0)
            json += u',';
        const CoachFlag &flag = flags.at(index);
        JsonFields object(json);
        object.textOrNull(QLatin1String("code"), flag.code);
        object.textOrNull(QLatin1String("severity"), toString(flag.severity));
        object.textOrNull(QLatin1String("message"), flag.message);
        object.textOrNull(QLatin1String("suggestion"), flag.suggestion);
        object.close();
    }
    json += u']';
}

void appendMetric(QString &json, const Metric &metric)
{
    const bool hasValue = !metric.isEmpty();
    JsonFields object(json);
    object.number(QLatin1String("start"), metric.start);
    object.number(QLatin1String("target"), metric.target);
    object.textOrNull(QLatin1String("unit"), hasValue ? unitName(metric.unit) : QString());
    object.textOrNull(QLatin1String("kind"), hasValue && metric.kind ? kindName(*metric.kind) : QString());
    object.textOrNull(QLatin1String("measure"), metric.measure);
    object.textOrNull(QLatin1String("unitLabel"), metric.unitLabel);
    object.key(QLatin1String("relative")) += metric.relative ? QLatin1String("true") : QLatin1String("false");
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
    QString line; // one JSON line at a time, in the same buffer
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
        line.resize(0);
        JsonFields object(line);
        object.string(QLatin1String("text"), text);
        object.string(QLatin1String("verdict"), verdict);
        appendFlags(object.key(QLatin1String("flags")), flags);
        if (metric)
            appendMetric(object.key(QLatin1String("metric")), *metric);
        else
            object.key(QLatin1String("metric")) += QLatin1String("null");
        object.close();
        out << line << '\n';
    };
    const QStringList texts = parser.positionalArguments();
    if (texts.isEmpty())
        forEachStandardInputLine(lint);
    for (const QString &text : texts)
        lint(text);
    out.flush();
    return Success;
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
