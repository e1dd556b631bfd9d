#include "cli/CheckInSubcommand.h"

#include "checkin/CheckInRules.h"
#include "checkin/CheckInService.h"
#include "cli/PrintableText.h"
#include "model/EnumNames.h"
#include "storage/Document.h"
#include "storage/DocumentError.h"
#include "storage/Repository.h"
#include "text/ValueParser.h"

#include <QHash>

#include <optional>

namespace {

const QString teamOption = QStringLiteral("team");
const QString weekOption = QStringLiteral("week");
const QString keyResultOption = QStringLiteral("kr");
const QString confidenceOption = QStringLiteral("confidence");
const QString commentOption = QStringLiteral("comment");
const QString correctionOption = QStringLiteral("correction");

struct RequestedUpdate {
    QString key;
    QString valueText;
};

} // namespace

QString CheckInSubcommand::summary() const
{
    return tr("Check in key result values for a team's week (scripted updates).");
}

void CheckInSubcommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The document."));
    parser.addOption({teamOption, tr("The team checking in.") + u' ' + teamMatchingHelp(), QStringLiteral("NAME")});
    parser.addOption({weekOption, tr("The ISO week, e.g. 2026-W47 (default: this week)."), QStringLiteral("WEEK")});
    parser.addOption({keyResultOption,
                      tr("A key result (its id or exact title) and its new value; repeat for several, naming "
                         "each key result once."),
                      QStringLiteral("KEY=VALUE")});
    parser.addOption({confidenceOption, tr("on-track, at-risk or off-track, for every named key result."),
                      QStringLiteral("CONFIDENCE")});
    parser.addOption({commentOption, tr("A comment for every named key result."), QStringLiteral("TEXT")});
    parser.addOption({correctionOption, tr("Correct a week of a closed cycle (new check-ins go to the active "
                                           "cycle).")});
}

int CheckInSubcommand::execute(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<QString> file = singleFile(parser, err);
    if (!file)
        return UsageError;
    if (parser.value(teamOption).trimmed().isEmpty())
        return usageError(err, tr("--team NAME is required."));
    const QStringList pairs = parser.values(keyResultOption);
    if (pairs.isEmpty())
        return usageError(err, tr("at least one --kr KEY=VALUE is required."));
    if (!fitsLimit(QStringLiteral("--comment"), TextField::UpdateComment, parser.value(commentOption), err))
        return UsageError;
    QList<RequestedUpdate> requested;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(u'=');
        if (equals <= 0)
            return usageError(err, tr("--kr takes KEY=VALUE, not '%1'.").arg(pair));
        requested.append({pair.left(equals), pair.mid(equals + 1)});
    }
    std::optional<Confidence> confidence;
    if (parser.isSet(confidenceOption)) {
        confidence = EnumNames::parse<Confidence>(parser.value(confidenceOption).trimmed());
        if (!confidence)
            return usageError(
                err,
                tr("--confidence takes on-track, at-risk or off-track, not '%1'.").arg(parser.value(confidenceOption)));
    }
    std::optional<IsoWeek> week;
    if (parser.isSet(weekOption)) {
        week = IsoWeek::parse(parser.value(weekOption));
        if (!week)
            return usageError(err,
                              tr("--week takes an ISO week such as 2026-W47, not '%1'.").arg(parser.value(weekOption)));
    }

    const std::unique_ptr<Document> document = openDocument(*file, Document::OpenMode::ReadWrite, err);
    if (!document)
        return Failure;
    try {
        Repository repository(*document);
        CheckInService service(repository);
        service.setCorrecting(parser.isSet(correctionOption));
        const std::optional<Team> team = teamNamed(repository, parser.value(teamOption), err);
        if (!team)
            return Failure;
        const IsoWeek chosenWeek = week.value_or(service.currentWeek());
        const CheckInService::WeekCheck check = service.checkWeek(chosenWeek);
        if (!check.allowed())
            return failure(err, check.refusal);

        // Every problem is reported, and nothing is written unless there are none. The week is read, merged and
        // saved in one write transaction: a concurrent check-in of the same week waits for it, then merges into it.
        QStringList problems;
        document->transaction([&] {
            const QList<CheckInService::KeyResultLine> lines = service.keyResultLines(team->id, chosenWeek);
            CheckIn checkIn = repository.checkIns()
                                  .find(team->id, chosenWeek)
                                  .value_or(CheckIn{NoId, team->id, chosenWeek, {}, {}, {}, {}});
            QHash<Id, QString> namedAs; // each key result's first --kr key: a second value is refused, not merged
            for (const RequestedUpdate &request : std::as_const(requested)) {
                QString error;
                const CheckInService::KeyResultLine *line = CheckInService::findKeyResult(lines, request.key, error);
                if (!line) {
                    problems.append(error);
                    continue;
                }
                if (const auto earlier = namedAs.constFind(line->keyResult.id); earlier != namedAs.cend()) {
                    problems.append(tr("'%1' is named twice (--kr %2=… and --kr %3=…): give each key result one value.")
                                        .arg(line->keyResult.title, *earlier, request.key));
                    continue;
                }
                namedAs.insert(line->keyResult.id, request.key);
                const ValueParser::Reading value = ValueParser().read(request.valueText, line->keyResult.unitLabel);
                if (!value.value) {
                    problems.append(
                        tr("the value '%1' for '%2': %3").arg(request.valueText, line->keyResult.title, value.problem));
                    continue;
                }
                KeyResultUpdate update;
                update.keyResultId = line->keyResult.id;
                update.value = *value.value;
                // Unnamed parts of an update keep what the week (or else the previous week) said.
                if (line->saved) {
                    update.confidence = line->saved->confidence;
                    update.comment = line->saved->comment;
                } else if (line->previous) {
                    update.confidence = line->previous->confidence;
                }
                if (confidence)
                    update.confidence = *confidence;
                if (parser.isSet(commentOption))
                    update.comment = parser.value(commentOption);
                CheckInRules::mergeUpdate(checkIn, update);
            }
            if (problems.isEmpty())
                problems = service.problems(checkIn);
            if (problems.isEmpty())
                service.save(checkIn);
        });
        if (!problems.isEmpty()) {
            for (const QString &problem : std::as_const(problems))
                failure(err, problem);
            err << tr("Nothing was changed.") << '\n';
            return Failure;
        }
        if (!check.notice.isEmpty())
            out << check.notice << '\n';
        out << tr("Checked in %n key result(s) for %1 in %2.", nullptr, static_cast<int>(requested.size()))
                   .arg(PrintableText::escaped(team->name), chosenWeek.toString())
            << '\n';
        return Success;
    } catch (const DocumentError &error) {
        return failure(err, error.message());
    }
}
