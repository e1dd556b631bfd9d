#include "storage/SqlScript.h"

#include <QRegularExpression>

namespace {

// Inside a trigger's BEGIN ... END block a ";" ends one of its statements, not the CREATE TRIGGER. (A PostgreSQL
// trigger has no block: it names a function.)
bool insideTriggerBody(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && begin.match(statement).hasMatch() && !end.match(statement).hasMatch();
}

// The length of a PostgreSQL dollar quote's tag ("$$", "$body$") starting at `at`; 0 when none starts there.
qsizetype dollarQuoteAt(const QString &script, qsizetype at)
{
    static const QRegularExpression tag(QStringLiteral("\\$([A-Za-z_][A-Za-z_0-9]*)?\\$"));
    const QRegularExpressionMatch match =
        tag.match(script, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? match.capturedLength() : 0;
}

} // namespace

QStringList SqlScript::statements(const QString &script)
{
    QStringList result;
    QString current;
    const auto finishStatement = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
        current.clear();
    };

    const qsizetype length = script.size();
    qsizetype at = 0;
    while (at < length) {
        const QChar c = script[at];
        const QChar next = at + 1 < length ? script[at + 1] : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype lineEnd = script.indexOf(u'\n', at);
            at = lineEnd < 0 ? length : lineEnd + 1;
            current += u' ';
        } else if (c == u'/' && next == u'*') {
            const qsizetype commentEnd = script.indexOf(QLatin1String("*/"), at + 2);
            at = commentEnd < 0 ? length : commentEnd + 2;
            current += u' ';
        } else if (c == u'\'' || c == u'"') {
            // Quoted text runs to the matching quote; a doubled quote is an escaped one and simply continues it.
            const qsizetype closing = script.indexOf(c, at + 1);
            const qsizetype end = closing < 0 ? length : closing + 1;
            current += QStringView(script).mid(at, end - at);
            at = end;
        } else if (const qsizetype tagLength = c == u'$' ? dollarQuoteAt(script, at) : 0) {
            // A function body between dollar quotes runs to the same tag, its own ";" and quotes included.
            const qsizetype closing = script.indexOf(QStringView(script).mid(at, tagLength), at + tagLength);
            const qsizetype end = closing < 0 ? length : closing + tagLength;
            current += QStringView(script).mid(at, end - at);
            at = end;
        } else if (c == u';' && insideTriggerBody(current)) {
            current += c;
            ++at;
        } else if (c == u';') {
            finishStatement();
            ++at;
        } else {
            current += c;
            ++at;
        }
    }
    finishStatement();
    return result;
}
