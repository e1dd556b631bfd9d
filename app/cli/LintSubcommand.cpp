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

using Field = std::pair<QLatin1String, QString>; // a key and its value, already written as JSON

QString jsonNumber(const std::optional<double> &value)
{
    return value ? JsonText::number(*value) : QStringLiteral("null");
}

QString jsonString(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("null") : JsonText::string(text);
}

// An object with its keys in the documented order (QJsonObject would sort them), written into one string. The keys
// are this file's plain names, which need no escapes.
QString jsonObject(const QList<Field> &fields)
{
    QString object(u'{');
    for (const auto &[key, value] : fields) {
        if (object.size() > 1)
            object += u',';
        object += u'"';
        object += key;
        object += QLatin1String("\":");
        object += value;
    }
    object += u'}';
    return object;
}

QString flagsToJson(const QList<CoachFlag> &flags)
{
    QStringList items;
    for (const CoachFlag &flag : flags) {
        items.append(jsonObject({{QLatin1String("code"), jsonString(flag.code)},
                                 {QLatin1String("severity"), jsonString(toString(flag.severity))},
                                 {QLatin1String("message"), jsonString(flag.message)},
                                 {QLatin1String("suggestion"), jsonString(flag.suggestion)}}));
    }
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString metricToJson(const Metric &metric)
{
    const bool hasValue = !metric.isEmpty();
    return jsonObject(
        {{QLatin1String("start"), jsonNumber(metric.start)},
         {QLatin1String("target"), jsonNumber(metric.target)},
         {QLatin1String("unit"), jsonString(hasValue ? unitName(metric.unit) : QString())},
         {QLatin1String("kind"), jsonString(hasValue && metric.kind ? kindName(*metric.kind) : QString())},
         {QLatin1String("measure"), jsonString(metric.measure)},
         {QLatin1String("unitLabel"), jsonString(metric.unitLabel)},
         {QLatin1String("relative"), metric.relative ? QStringLiteral("true") : QStringLiteral("false")}});
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
    QStringList texts = parser.positionalArguments();
    if (texts.isEmpty())
        texts = standardInputLines();

    const Coach coach;
    for (const QString &text : std::as_const(texts)) {
        if (text.trimmed().isEmpty())
            continue;
        QString verdict;
        QList<CoachFlag> flags;
        QString metric = QStringLiteral("null"); // objectives have none
        QString metricText;
        if (objectives) {
            const ObjectiveReview review = coach.reviewObjective(text);
            verdict = toString(review.verdict);
            flags = review.flags;
        } else {
            const KeyResultReview review = coach.reviewKeyResult(text);
            verdict = toString(review.verdict);
            flags = review.flags;
            if (json)
                metric = metricToJson(review.metric);
            else
                metricText = describeMetric(review.metric);
        }
        if (json) {
            out << jsonObject({{QLatin1String("text"), JsonText::string(text)},
                               {QLatin1String("verdict"), JsonText::string(verdict)},
                               {QLatin1String("flags"), flagsToJson(flags)},
                               {QLatin1String("metric"), metric}})
                << '\n';
        } else {
            writeHuman(out, text, verdict, flags, metricText);
        }
    }
    out.flush();
    return Success;
}

QStringList LintSubcommand::standardInputLines()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QTextStream stream(&input);
    stream.setEncoding(QStringConverter::Utf8);
    QStringList lines;
    QString line;
    while (stream.readLineInto(&line))
        lines.append(line);
    return lines;
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
