#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

namespace Csm {

namespace {

struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::CsvReader)
};

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
            format.problem = CsvReaderText::tr("this is not a text file (it holds binary data)");
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

namespace {

// Whether `bytes` are valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool isValidUtf8(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            code = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            code = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            code = b & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
            (length == 4 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        p += length;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvFormat &format, qsizetype chunkSize)
    : m_device(device)
    , m_format(format)
    , m_chunkSize(std::max<qsizetype>(16, chunkSize))
{
    if (format.encoding == TextEncoding::Utf16LE)
        m_decoder.emplace(QStringConverter::Utf16LE);
    else if (format.encoding == TextEncoding::Utf16BE)
        m_decoder.emplace(QStringConverter::Utf16BE);
    if (format.bomSize > 0)
        m_bytesRead += m_device->read(format.bomSize).size();
}

std::string_view CsvReader::field(int index) const
{
    const size_t begin = index == 0 ? 0 : m_ends.at(size_t(index) - 1);
    return std::string_view(m_record).substr(begin, m_ends.at(size_t(index)) - begin);
}

// Appends the next chunk of the device, as UTF-8, to the unconsumed bytes.
bool CsvReader::fill()
{
    while (!m_deviceDone) {
        const QByteArray bytes = m_device->read(m_chunkSize);
        m_bytesRead += bytes.size();
        if (bytes.isEmpty())
            m_deviceDone = true;
        QByteArray text;
        if (m_decoder) {
            text = QString(m_decoder->decode(bytes)).toUtf8();
            if (m_decoder->hasError()) {
                m_error = CsvReaderText::tr(
                              "line %1: the text is not valid in its encoding (%2); save the "
                              "file as UTF-8 and try again")
                              .arg(m_line)
                              .arg(QStringLiteral("UTF-16"));
                m_deviceDone = true;
                return false;
            }
        } else if (m_format.encoding == TextEncoding::Windows1252) {
            text = fromWindows1252(bytes).toUtf8();
        } else {
            text = bytes;
        }
        if (text.isEmpty())
            continue;
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        m_buffer.append(text);
        return true;
    }
    return false;
}

void CsvReader::append(const char *begin, qsizetype size)
{
    const size_t room =
        size_t(MaxFieldBytes) - std::min(size_t(MaxFieldBytes), m_record.size() - m_fieldStart);
    if (size_t(size) > room) {
        if (m_oversized < 0)
            m_oversized = fieldCount();
        size = qsizetype(room);
    }
    m_record.append(begin, size_t(size));
}

void CsvReader::endField()
{
    m_ends.push_back(m_record.size());
    m_fieldStart = m_record.size();
}

bool CsvReader::readRecord()
{
    m_record.clear();
    m_ends.clear();
    m_fieldStart = 0;
    m_oversized = -1;
    if (!m_error.isEmpty())
        return false;
    // The LF of a CRLF that ended the previous record.
    if (m_skipLineFeed) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        m_skipLineFeed = false;
        if (m_buffer.at(m_pos) == '\n')
            ++m_pos;
    }
    if (m_pos >= m_buffer.size() && !fill())
        return false;

    m_recordLine = m_line;
    const char delimiter = char(m_format.delimiter.unicode());
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = State::FieldStart;
    bool lineFeedAfterQuotedCr = false;
    unsigned char high = 0; // any byte >= 0x80 in the record, which is then checked as UTF-8
    auto finish = [&] {
        endField();
        if (high & 0x80) {
            if (!isValidUtf8(m_record)) {
                m_error = CsvReaderText::tr(
                              "line %1: the text is not valid in its encoding (%2); save the "
                              "file as UTF-8 and try again")
                              .arg(m_recordLine)
                              .arg(QStringLiteral("UTF-8"));
                return false;
            }
        }
        return true;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return false;
            if (state == State::Quoted) {
                m_error = CsvReaderText::tr(
                              "line %1: a quoted field is not closed before the end of the file")
                              .arg(m_recordLine);
                return false;
            }
            return finish();
        }
        const char *data = m_buffer.constData();
        const char *p = data + m_pos;
        const char *end = data + m_buffer.size();
        if (lineFeedAfterQuotedCr) {
            lineFeedAfterQuotedCr = false;
            if (*p == '\n') {
                ++m_pos;
                continue;
            }
        }
        switch (state) {
        case State::FieldStart:
            if (*p == '"') {
                state = State::Quoted;
                ++m_pos;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *run = p;
            while (run < end && *run != delimiter && *run != '\n' && *run != '\r') {
                high |= static_cast<unsigned char>(*run);
                ++run;
            }
            append(p, run - p);
            m_pos += run - p;
            if (run == end)
                break;
            ++m_pos;
            if (*run == delimiter) {
                endField();
                state = State::FieldStart;
                break;
            }
            ++m_line;
            m_skipLineFeed = *run == '\r';
            return finish();
        }
        case State::Quoted: {
            const char *run = p;
            while (run < end && *run != '"' && *run != '\n' && *run != '\r') {
                high |= static_cast<unsigned char>(*run);
                ++run;
            }
            append(p, run - p);
            m_pos += run - p;
            if (run == end)
                break;
            ++m_pos;
            if (*run == '"') {
                state = State::QuoteInQuoted;
            } else {
                // A line break inside quotes is kept as one LF, whatever the file uses.
                ++m_line;
                append("\n", 1);
                lineFeedAfterQuotedCr = *run == '\r';
            }
            break;
        }
        case State::QuoteInQuoted:
            ++m_pos;
            if (*p == '"') {
                append("\"", 1);
                state = State::Quoted;
            } else if (*p == delimiter) {
                endField();
                state = State::FieldStart;
            } else if (*p == '\n' || *p == '\r') {
                ++m_line;
                m_skipLineFeed = *p == '\r';
                return finish();
            } else {
                m_error = CsvReaderText::tr("line %1, field %2: text after the closing quote")
                              .arg(m_line)
                              .arg(fieldCount() + 1);
                return false;
            }
            break;
        }
    }
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!readRecord())
        return false;
    for (int i = 0; i < fieldCount(); ++i) {
        const std::string_view bytes = field(i);
        fields->append(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
    }
    return true;
}

} // namespace Csm
