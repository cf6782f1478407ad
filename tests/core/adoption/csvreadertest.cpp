#include "coretestprinting.h"

#include "adoption/csvreader.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace Csm;

namespace {

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
};

// Reads all of `bytes` as detected, `chunk` bytes at a time.
Read readAll(const QByteArray &bytes, qsizetype chunk = 1 << 16)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const CsvFormat format = detectCsvFormat(bytes.left(4096));
    REQUIRE(format.problem.isEmpty());
    CsvReader reader(&buffer, format, chunk);
    Read read;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        read.records.append(fields);
        read.lines.append(reader.recordLine());
    }
    read.error = reader.error();
    CHECK(reader.bytesRead() == (read.error.isEmpty() ? bytes.size() : reader.bytesRead()));
    return read;
}

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *f : fields)
        list.append(QString::fromUtf8(f));
    return list;
}

} // namespace

TEST_CASE("Quoted fields keep delimiters, doubled quotes and line breaks")
{
    const QByteArray csv = "user,note,seats\r\n"
                           "ann@x.example,\"Said \"\"yes\"\", then left\",3\r\n"
                           "bob@x.example,\"two\r\nlines, one field\",\r\n"
                           "cy@x.example,,7";
    for (const qsizetype chunk : {qsizetype(16), qsizetype(1 << 16)}) {
        INFO("chunk " << chunk);
        const Read read = readAll(csv, chunk);
        CHECK(read.error.isEmpty());
        REQUIRE(read.records.size() == 4);
        CHECK(read.records.at(1) == row({"ann@x.example", "Said \"yes\", then left", "3"}));
        CHECK(read.records.at(2) == row({"bob@x.example", "two\nlines, one field", ""}));
        CHECK(read.records.at(3) == row({"cy@x.example", "", "7"}));
        // Rows are numbered by the line they start on, as a spreadsheet user counts them.
        CHECK(read.lines == QList<qint64>{1, 2, 3, 5});
    }
}

TEST_CASE("Semicolons and tabs are recognised as the delimiter")
{
    CHECK(detectCsvFormat("a;b;c\n1;2,5;3\n").delimiter == u';');
    CHECK(detectCsvFormat("a\tb\tc\n1\t2\t3\n").delimiter == u'\t');
    CHECK(detectCsvFormat("a,b,c\n1,2,3\n").delimiter == u',');
    // A comma inside quotes does not count.
    CHECK(detectCsvFormat("a;\"b,c\";d\n1;\"2,5\";3\n").delimiter == u';');
    const Read read = readAll("name;amount\nAnn;2,5\n");
    CHECK(read.records.at(1) == row({"Ann", "2,5"}));
}

TEST_CASE("UTF-8 with a byte order mark, UTF-16 and Windows-1252 read the same")
{
    const QString text = QStringLiteral("user,city\nzoë@x.example,Zürich €\n");
    const QByteArray utf8Bom = "\xEF\xBB\xBF" + text.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    utf16.prepend("\xFF\xFE");
    const QByteArray cp1252 = "user,city\nzo\xEB@x.example,Z\xFCrich \x80\n";

    CHECK(detectCsvFormat(utf8Bom).encoding == TextEncoding::Utf8);
    CHECK(detectCsvFormat(utf16).encoding == TextEncoding::Utf16LE);
    CHECK(detectCsvFormat(cp1252).encoding == TextEncoding::Windows1252);
    for (const QByteArray &bytes : {utf8Bom, utf16, cp1252}) {
        const Read read = readAll(bytes, 7); // chunks cut through characters
        CHECK(read.error.isEmpty());
        REQUIRE(read.records.size() == 2);
        CHECK(read.records.at(0) == row({"user", "city"}));
        CHECK(read.records.at(1) == row({"zoë@x.example", "Zürich €"}));
    }
}

TEST_CASE("An unclosed quote and text after a closing quote are refused with the line")
{
    const Read open = readAll("a,b\n1,\"never closed\n2,3\n");
    CHECK(open.error == QLatin1String("line 2: a quoted field is not closed before the end of "
                                      "the file"));
    const Read after = readAll("a,b\n1,2\n3,\"x\"y\n");
    CHECK(after.error == QLatin1String("line 3, field 2: text after the closing quote"));
    CHECK(after.records.size() == 2);
}

TEST_CASE("An empty file has no records, a header-only file one")
{
    CHECK(readAll("").records.isEmpty());
    const Read header = readAll("user,event,time\r\n");
    REQUIRE(header.records.size() == 1);
    CHECK(header.records.at(0) == row({"user", "event", "time"}));
}

TEST_CASE("A binary file is not taken for text")
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
    CHECK_FALSE(detectCsvFormat(png).problem.isEmpty());
    CHECK(detectCsvFormat("user,event\nann,login\n").problem.isEmpty());
}
