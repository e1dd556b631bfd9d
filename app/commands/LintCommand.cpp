#include "LintCommand.h"

#include "Coach.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

const QString ObjectiveOption = QStringLiteral("objective");
const QString JsonOption = QStringLiteral("json");

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray flagsToJson(const QList<CoachFlag> &flags)
{
    QJsonArray array;
    for (const CoachFlag &flag : flags) {
        array.append(QJsonObject{{QStringLiteral("code"), flag.code},
                                 {QStringLiteral("severity"), toString(flag.severity)},
                                 {QStringLiteral("message"), flag.message},
                                 {QStringLiteral("suggestion"), flag.suggestion}});
    }
    return array;
}

QJsonValue metricToJson(const Metric &metric)
{
    if (metric.isEmpty() && metric.measure.isEmpty())
        return QJsonValue::Null;
    const bool hasValue = !metric.isEmpty();
    return QJsonObject{
        {QStringLiteral("start"), optionalNumber(metric.start)},
        {QStringLiteral("target"), optionalNumber(metric.target)},
        {QStringLiteral("unit"), hasValue ? QJsonValue(unitName(metric.unit)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("unitLabel"), metric.unitLabel.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(metric.unitLabel)},
        {QStringLiteral("kind"), metric.kind && hasValue ? QJsonValue(kindName(*metric.kind))
                                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("relative"), metric.relative},
        {QStringLiteral("measure"), metric.measure.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(metric.measure)}};
}

QString describeMetric(const Metric &metric)
{
    if (metric.isEmpty())
        return {};
    const auto value = [&](const std::optional<double> &number) {
        return number ? QString::number(*number, 'g', 12) : QStringLiteral("?");
    };
    return QCoreApplication::translate("LintCommand", "%1 %2 -> %3 %4 (%5)")
        .arg(metric.measure.isEmpty() ? QStringLiteral("-") : metric.measure, value(metric.start),
             value(metric.target), metric.unitLabel, metric.kind ? kindName(*metric.kind) : QString())
        .simplified();
}

} // namespace

QString LintCommand::name() const
{
    return QStringLiteral("lint");
}

QString LintCommand::summary() const
{
    return QCoreApplication::translate("LintCommand", "Check key results (or objectives) with the OKR coach.");
}

void LintCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({ObjectiveOption,
                      QCoreApplication::translate("LintCommand", "Treat each text as an objective, not a key result.")});
    parser.addOption({JsonOption, QCoreApplication::translate("LintCommand", "Write one JSON object per text.")});
    parser.addPositionalArgument(
        QStringLiteral("TEXT"),
        QCoreApplication::translate("LintCommand", "Texts to check; without any, each line of standard input."),
        QStringLiteral("[TEXT...]"));
}

int LintCommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
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
        QJsonValue metric = QJsonValue::Null;
        QString metricText;
        if (objectives) {
            const ObjectiveReview review = coach.reviewObjective(text);
            verdict = toString(review.verdict);
            flags = review.flags;
        } else {
            const KeyResultReview review = coach.reviewKeyResult(text);
            verdict = toString(review.verdict);
            flags = review.flags;
            metric = metricToJson(review.metric);
            metricText = describeMetric(review.metric);
        }
        if (json) {
            const QJsonObject line{{QStringLiteral("text"), text},
                                   {QStringLiteral("verdict"), verdict},
                                   {QStringLiteral("flags"), flagsToJson(flags)},
                                   {QStringLiteral("metric"), metric}};
            out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            writeHuman(out, text, verdict, flags, metricText);
        }
    }
    out.flush();
    return Success;
}

QStringList LintCommand::standardInputLines()
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

void LintCommand::writeHuman(QTextStream &out, const QString &text, const QString &verdict,
                             const QList<CoachFlag> &flags, const QString &metric)
{
    out << text.trimmed() << '\n' << QStringLiteral("  ") << verdict;
    if (!metric.isEmpty())
        out << QStringLiteral(": ") << metric;
    out << '\n';
    for (const CoachFlag &flag : flags) {
        out << QStringLiteral("  %1 [%2] %3\n").arg(toString(flag.severity), flag.code, flag.message)
            << QStringLiteral("    -> %1\n").arg(flag.suggestion);
    }
}
