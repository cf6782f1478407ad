// Reading delimited text exported by spreadsheets and analytics tools (CSV or TSV), as RFC 4180
// describes it and as spreadsheets actually write it: UTF-8 with or without a byte order mark,
// UTF-16 with one, or Windows-1252; comma, semicolon or tab between fields; quoted fields that
// hold delimiters, doubled quotes and line breaks; CRLF, LF or CR line ends. The reader streams:
// it holds one chunk of the file and one record at a time, never the whole file.
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace Csm {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomSize = 0; // bytes of byte order mark to skip
    QChar delimiter = u',';
    // Why the file cannot be read as text at all ("binary"), empty when it can.
    QString problem;
};

// Guesses the encoding and the delimiter from the first bytes of a file (a few kilobytes are
// enough): a byte order mark decides the encoding, else bytes that are not valid UTF-8 mean
// Windows-1252; the delimiter is the one of comma, semicolon and tab that splits the first
// lines into the same number of fields, the most fields winning.
CsvFormat detectCsvFormat(const QByteArray &head);

// Text of Windows-1252 bytes (the encoding Excel uses for CSV on Western Windows).
QString fromWindows1252(QByteArrayView bytes);

class CsvReader
{
public:
    // A field longer than this is cut there and the record marked (see oversizedField()), so
    // one runaway quote cannot take all memory.
    static constexpr qsizetype MaxFieldBytes = 1 << 20;

    // Reads from `device`, which must be open; `chunkSize` bytes at a time.
    CsvReader(QIODevice *device, const CsvFormat &format, qsizetype chunkSize = 1 << 16);

    // Reads the next record; its fields are then fieldCount() and field(i), as UTF-8 bytes
    // valid until the next call. False at the end of the file, or on a problem (see error()).
    bool readRecord();
    int fieldCount() const { return int(m_ends.size()); }
    std::string_view field(int index) const;
    // The first field of the record last read that was cut at MaxFieldBytes, or -1.
    int oversizedField() const { return m_oversized; }

    // The next record's fields as text. False at the end of the file, or on a problem.
    bool readRecord(QStringList *fields);

    // The line on which the record last read starts (1 for the first line of the file).
    qint64 recordLine() const { return m_recordLine; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // What is wrong and where ("line 402: a quoted field is not closed"); empty when nothing.
    QString error() const { return m_error; }

private:
    bool fill();
    void endField();
    void append(const char *begin, qsizetype size);

    QIODevice *m_device;
    CsvFormat m_format;
    qsizetype m_chunkSize;
    std::optional<QStringDecoder> m_decoder; // UTF-16 sources, turned into UTF-8
    QByteArray m_buffer;                     // UTF-8 bytes not yet consumed start at m_pos
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    bool m_skipLineFeed = false; // a CR ended the last line; a LF right after it belongs to it
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    QString m_error;

    std::string m_record;       // the bytes of all fields of the current record
    std::vector<size_t> m_ends; // where each field ends in m_record
    size_t m_fieldStart = 0;
    int m_oversized = -1;
};

} // namespace Csm
