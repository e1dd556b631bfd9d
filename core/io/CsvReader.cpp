#include "io/CsvReader.h"

#include "io/ExchangeError.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

const char quote = '"';
const char comma = ',';
const char carriageReturn = '\r';
const char lineFeed = '\n';

bool endsUnquotedField(char byte)
{
    return byte == comma || byte == carriageReturn || byte == lineFeed;
}

bool isAsciiSpace(char byte)
{
    return byte == ' ' || (byte >= '\t' && byte <= '\r');
}

} // namespace

CsvReader::CsvReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize)
    , m_bufferStart(device.pos())
{
}

// Keeps what is not read yet and appends the next chunk; false at the end of the device.
bool CsvReader::fill()
{
    m_bufferStart += m_position;
    m_buffer.remove(0, m_position);
    m_position = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_chunkSize);
    const qint64 count = m_device.read(m_buffer.data() + kept, m_chunkSize);
    m_buffer.resize(kept + std::max<qint64>(count, 0));
    if (count < 0)
        throw ExchangeError(QCoreApplication::translate("CsvReader", "row %1: the file cannot be read: %2")
                                .arg(m_row)
                                .arg(m_device.errorString()));
    return count > 0;
}

void CsvReader::skipByteOrderMark()
{
    static const QByteArray byteOrderMark("\xEF\xBB\xBF");
    while (available() < byteOrderMark.size() && fill()) {
    }
    if (QByteArrayView(m_buffer).sliced(m_position).startsWith(byteOrderMark))
        m_position += byteOrderMark.size();
    m_atStart = false;
}

bool CsvReader::next()
{
    if (m_atStart)
        skipByteOrderMark();
    if (m_skipLineFeed) {
        if ((available() > 0 || fill()) && m_buffer.at(m_position) == lineFeed)
            ++m_position;
        m_skipLineFeed = false;
    }
    if (available() == 0 && !fill())
        return false;

    ++m_row;
    m_recordStart = m_bufferStart + m_position;
    m_text.clear(); // both keep the room the longest record took
    m_fieldEnds.clear();
    State state = State::FieldStart;
    while (available() > 0 || fill()) {
        const char *data = m_buffer.constData();
        const qsizetype end = m_buffer.size();
        switch (state) {
        case State::FieldStart: {
            const char first = data[m_position];
            if (first == quote) {
                ++m_position;
                state = State::Quoted;
                break;
            }
            if ((first == carriageReturn || first == lineFeed) && m_fieldEnds.empty()) {
                ++m_position; // an empty line: a record without fields
                m_skipLineFeed = first == carriageReturn;
                return true;
            }
            state = State::Unquoted;
            [[fallthrough]];
        }
        case State::Unquoted: {
            // Unquoted fields are most of a file: read here one after another while the chunk holds them.
            for (;;) {
                qsizetype stop = m_position;
                while (stop < end && !endsUnquotedField(data[stop]))
                    ++stop;
                m_text.append(data + m_position, size_t(stop - m_position));
                m_position = stop;
                if (stop == end)
                    break; // the field goes on in the next chunk
                const char separator = data[m_position++];
                endField();
                if (separator != comma) {
                    m_skipLineFeed = separator == carriageReturn;
                    return true;
                }
                if (m_position == end || data[m_position] == quote) {
                    state = State::FieldStart;
                    break;
                }
            }
            break;
        }
        case State::Quoted: {
            const void *found = std::memchr(data + m_position, quote, size_t(end - m_position));
            const qsizetype stop = found ? static_cast<const char *>(found) - data : end;
            m_text.append(data + m_position, size_t(stop - m_position));
            m_position = stop;
            if (found) {
                ++m_position;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char after = data[m_position++];
            if (after == quote) { // "" inside quotes stands for one quote
                m_text.push_back(quote);
                state = State::Quoted;
            } else if (after == comma) {
                endField();
                state = State::FieldStart;
            } else if (after == carriageReturn || after == lineFeed) {
                m_skipLineFeed = after == carriageReturn;
                endField();
                return true;
            } else {
                throw ExchangeError(
                    QCoreApplication::translate("CsvReader", "row %1: unexpected text after a closing quote.")
                        .arg(m_row));
            }
            break;
        }
        }
    }
    if (state == State::Quoted)
        throw ExchangeError(
            QCoreApplication::translate("CsvReader", "row %1: a quoted field is never closed.").arg(m_row));
    endField();
    return true;
}

void CsvReader::moveTo(qint64 offset, int row)
{
    if (offset >= m_bufferStart && offset <= m_bufferStart + m_buffer.size()) {
        m_position = offset - m_bufferStart;
    } else {
        m_device.seek(offset);
        m_buffer.resize(0);
        m_bufferStart = offset;
        m_position = 0;
    }
    m_atStart = false;
    m_skipLineFeed = false;
    m_row = row - 1;
}

QByteArrayView CsvReader::fieldBytes(qsizetype index) const
{
    const size_t start = index == 0 ? 0 : m_fieldEnds.at(size_t(index) - 1);
    return QByteArrayView(m_text.data() + start, qsizetype(m_fieldEnds.at(size_t(index)) - start));
}

QString CsvReader::field(qsizetype index) const
{
    return index < fieldCount() ? QString::fromUtf8(fieldBytes(index)) : QString();
}

QString CsvReader::trimmedField(qsizetype index) const
{
    if (index >= fieldCount())
        return {};
    // Most fields end in neither ASCII white space nor a byte beyond ASCII (where any other white space ends): those
    // are left as they are decoded, without trimmed()'s look at both ends.
    const auto plainEnd = [](char byte) { return static_cast<unsigned char>(byte) < 0x80 && !isAsciiSpace(byte); };
    const QByteArrayView bytes = fieldBytes(index);
    QString text = QString::fromUtf8(bytes);
    if (bytes.isEmpty() || (plainEnd(bytes.front()) && plainEnd(bytes.back())))
        return text;
    return std::move(text).trimmed();
}

bool CsvReader::isBlank() const
{
    for (const char byte : m_text) {
        if (!isAsciiSpace(byte) && static_cast<unsigned char>(byte) < 0x80)
            return false;
    }
    // Only ASCII white space, or letters beyond ASCII that may be white space too (a no-break space): decoded.
    for (qsizetype index = 0; index < fieldCount(); ++index) {
        if (!field(index).trimmed().isEmpty())
            return false;
    }
    return true;
}
