#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

namespace Csm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Csm::CsvReader", text);
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F; the five unassigned bytes map to themselves.
constexpr std::array<char16_t, 32> cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// How many of `delimiter` split `line`, not counting those inside quotes.
int countOutsideQuotes(QStringView line, QChar delimiter)
{
    int count = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++count;
    }
    return count;
}

} // namespace

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

CsvFormat detectCsvFormat(const QByteArray &head)
{
    CsvFormat format;
    QString text;
    if (head.startsWith("\xEF\xBB\xBF")) {
        format.bomSize = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        format.encoding = TextEncoding::Utf16LE;
        format.bomSize = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        format.encoding = TextEncoding::Utf16BE;
        format.bomSize = 2;
    }
    const QByteArray body = head.mid(format.bomSize);
    switch (format.encoding) {
    case TextEncoding::Utf16LE:
        text = QStringDecoder(QStringConverter::Utf16LE).decode(body);
        break;
    case TextEncoding::Utf16BE:
        text = QStringDecoder(QStringConverter::Utf16BE).decode(body);
        break;
    default: {
        // Text files have no NUL bytes and few control characters besides tab and line ends.
        qsizetype control = 0;
        for (const char byte : body) {
            const auto b = static_cast<unsigned char>(byte);
            control += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
            if (b == 0) {
                control = body.size();
                break;
            }
        }
        if (control * 20 > body.size() && control > 0) {
            format.problem = tr("this is not a text file (it holds binary data)");
            return format;
        }
        QStringDecoder utf8(QStringConverter::Utf8);
        text = utf8.decode(body);
        if (utf8.hasError()) {
            format.encoding = TextEncoding::Windows1252;
            text = fromWindows1252(body);
        }
    }
    }

    // The delimiter that splits the first complete lines most, and evenly.
    QList<QStringView> lines;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (lines.size() == 10)
            break;
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    if (lines.size() > 1 && !text.endsWith(u'\n'))
        lines.removeLast(); // probably cut off by the end of `head`
    int best = 0;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        int fewest = -1;
        bool even = true;
        for (const QStringView line : std::as_const(lines)) {
            const int n = countOutsideQuotes(line, candidate);
            even = even && (fewest < 0 || n == fewest);
            fewest = fewest < 0 ? n : std::min(fewest, n);
        }
        const int score = even ? fewest : 0;
        if (score > best) {
            best = score;
            format.delimiter = candidate;
        }
    }
    return format;
}

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format, qsizetype chunkSize)
    : m_device(device)
    , m_format(format)
    , m_chunkSize(std::max<qsizetype>(16, chunkSize))
{
    switch (format.encoding) {
    case TextEncoding::Utf8:
        m_decoder.emplace(QStringConverter::Utf8);
        break;
    case TextEncoding::Utf16LE:
        m_decoder.emplace(QStringConverter::Utf16LE);
        break;
    case TextEncoding::Utf16BE:
        m_decoder.emplace(QStringConverter::Utf16BE);
        break;
    case TextEncoding::Windows1252:
        break;
    }
    if (format.bomSize > 0)
        m_bytesRead += m_device->read(format.bomSize).size();
}

QString CsvReader::decode(const QByteArray &bytes)
{
    if (!m_decoder)
        return fromWindows1252(bytes);
    return m_decoder->decode(bytes);
}

bool CsvReader::fill()
{
    if (m_deviceDone)
        return false;
    const QByteArray bytes = m_device->read(m_chunkSize);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty())
        m_deviceDone = true;
    QString text = decode(bytes);
    if (m_decoder && m_decoder->hasError()) {
        m_error = tr("line %1: the text is not valid in its encoding (%2); save the file as "
                     "UTF-8 and try again")
                      .arg(m_line)
                      .arg(m_format.encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8")
                                                                   : QStringLiteral("UTF-16"));
        m_deviceDone = true;
        return false;
    }
    if (text.isEmpty())
        return !m_deviceDone && fill();
    m_buffer = m_buffer.mid(m_pos) + text;
    m_pos = 0;
    return true;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    auto next = [this]() -> std::optional<QChar> {
        if (m_pos >= m_buffer.size() && !fill())
            return std::nullopt;
        return m_buffer.at(m_pos++);
    };
    // The LF of a CRLF that ended the previous record.
    if (m_skipLineFeed) {
        m_skipLineFeed = false;
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        if (m_buffer.at(m_pos) == u'\n')
            ++m_pos;
    }
    if (m_pos >= m_buffer.size() && !fill())
        return false;

    m_recordLine = m_line;
    const QChar delimiter = m_format.delimiter;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    QString field;
    // A line end: CR, LF or CR LF. Inside quotes it is kept as one LF.
    auto lineEnd = [this](QChar c) {
        ++m_line;
        m_skipLineFeed = c == u'\r';
    };
    for (;;) {
        const std::optional<QChar> read = next();
        if (!m_error.isEmpty())
            return false;
        if (!read) {
            if (state == State::Quoted) {
                m_error = tr("line %1: a quoted field is not closed before the end of the file")
                              .arg(m_recordLine);
                return false;
            }
            fields->append(field);
            return true;
        }
        const QChar c = *read;
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == u'\n')
                continue;
        }
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == delimiter) {
                fields->append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                lineEnd(c);
                fields->append(field);
                return true;
            } else {
                field.append(c);
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::QuoteInQuoted;
            } else if (c == u'\n' || c == u'\r') {
                lineEnd(c);
                field.append(u'\n');
            } else {
                field.append(c);
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                field.append(u'"');
                state = State::Quoted;
            } else if (c == delimiter) {
                fields->append(field);
                field.clear();
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                lineEnd(c);
                fields->append(field);
                return true;
            } else {
                m_error = tr("line %1, field %2: text after the closing quote")
                              .arg(m_line)
                              .arg(fields->size() + 1);
                return false;
            }
            break;
        }
    }
}

} // namespace Csm
