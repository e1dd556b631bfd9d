#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

class QIODevice;

// Reads JSON from a device one token at a time, a chunk of the device in memory at once: an import never holds
// the whole file (Qt's QJsonDocument does). It checks the grammar as it goes (RFC 8259: strings in valid UTF-8,
// numbers without leading zeros, nothing after the document) and throws ExchangeError "Not valid JSON: <what> at
// character <offset>." at the first fault, the offset in bytes from where reading began.
class JsonTokenizer {
public:
    enum class Token { BeginObject, EndObject, BeginArray, EndArray, Key, String, Number, True, False, Null, End };

    // Deeper documents are refused, so that reading them whole (readValue) cannot exhaust the stack.
    static constexpr int maximumDepth = 512;

    explicit JsonTokenizer(QIODevice &device, qsizetype chunkSize = 64 * 1024);

    // The next token; End once the document is complete. A Key is followed by its value's tokens.
    Token next();
    // The text of the last String or Key, and the value of the last Number.
    const QString &string() const { return m_string; }
    double number() const { return m_number; }

    // Reads the next value whole (its nested tokens included), checked but not kept: cheaper than next() for
    // each token, since no text is decoded.
    void skipValue();
    // Reads the next value whole into memory: for one record of a file, never the file. A key given twice in an
    // object keeps its last value, as QJsonDocument does.
    QJsonValue readValue();
    // The same, for a value whose first token was just read.
    QJsonValue readValue(Token first);

    // Where the next token starts, or the value after a Key: what seek() takes to read it later.
    qint64 offset() const { return m_bufferStart + m_position; }
    // Goes back (or forward) to a value at `offset` on a seekable device: reading starts there as if the value
    // were the document (End after it, whatever follows).
    void seek(qint64 offset);

private:
    enum class Expect { Value, FirstValueOrEnd, FirstKeyOrEnd, Separator };

    [[noreturn]] void fail(const char *what, qint64 at) const;
    bool fill();
    int peekByte();
    int takeByte();
    int peekSignificant();
    Token value(int first);
    Token closeContainer(Token token);
    Token openContainer(char kind, Token token, Expect expect);
    void readKey(int first);
    void readString(bool keep);
    void readEscape(bool keep);
    void readMultiByteCharacter(bool keep);
    char32_t readHexQuad(qint64 escapeStart);
    void appendUtf8(char32_t codePoint);
    void readNumber();
    void readDigits();
    void readLiteral(const char *word);

    QIODevice &m_device;
    QByteArray m_buffer;
    const char *m_bytes;      // m_buffer's, read without Qt's checks
    qsizetype m_position = 0; // in m_buffer
    qsizetype m_filled = 0;   // bytes of m_buffer read from the device
    qint64 m_bufferStart = 0; // the device offset of m_buffer[0], less where reading began
    qint64 m_deviceStart = 0;
    bool m_atEnd = false;
    bool m_decodeStrings = true;
    bool m_documentEnds = true; // after seek(), what follows the value is not this reader's to check

    Expect m_expect = Expect::Value;
    QVarLengthArray<char, 16> m_containers; // '{' or '[' for each one open
    QByteArray m_utf8;                      // the string being read, before decoding
    QVarLengthArray<char, 32> m_numberText;
    QString m_string;
    double m_number = 0.0;
};
