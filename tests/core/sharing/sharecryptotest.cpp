// Passphrase protection of shared files: round trips, and every way a protected file can be
// refused. The offsets below pin the file layout, so a change to the format shows up here.
#include "sharing/sharecrypto.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Csm;

namespace {

constexpr qsizetype formatOffset = 8;
constexpr qsizetype saltOffset = 9;
constexpr qsizetype opsOffset = saltOffset + 16;
constexpr qsizetype memOffset = opsOffset + 4;
constexpr qsizetype headerSize = memOffset + 8 + 24;
constexpr qsizetype abytes = 17;
// The passphrase check chunk: a length, then the sealed "csm-workspace passphrase check".
constexpr qsizetype firstContentChunk = headerSize + 4 + 30 + abytes;
constexpr qsizetype chunkSize = 64 * 1024;
constexpr qsizetype fullChunkOnDisk = 4 + chunkSize + abytes;

const QByteArray passphrase("correct horse battery staple");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Bytes that differ from chunk to chunk, so a reordered or repeated chunk would show.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1103515245u + 12345u;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

struct Files
{
    QTemporaryDir dir;
    QString plain = dir.filePath(QStringLiteral("plain.csmw"));
    QString cipher = dir.filePath(QStringLiteral("shared.csmw"));
    QString output = dir.filePath(QStringLiteral("opened.csmw"));
};

// Protects `content` into `files.cipher` with the minimal key derivation.
void protect(const Files &files, const QByteArray &content,
             ShareCrypto::Strength strength = ShareCrypto::Strength::Minimal)
{
    REQUIRE(files.dir.isValid());
    writeBytes(files.plain, content);
    const QString error = ShareCrypto::encryptFile(files.plain, files.cipher, passphrase, strength);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

struct Opened
{
    QString error;
    DecryptError kind = DecryptError::None;
};

Opened openProtected(const Files &files, const QByteArray &key = passphrase)
{
    Opened outcome;
    outcome.kind = DecryptError::CannotWrite; // overwritten on success too
    outcome.error = ShareCrypto::decryptFile(files.cipher, files.output, key, &outcome.kind);
    return outcome;
}

// Opens the changed file, expecting a refusal of `kind` that names it and leaves no output.
void expectRefusal(const Files &files, DecryptError kind)
{
    const Opened outcome = openProtected(files);
    INFO(outcome.error.toStdString());
    CHECK(outcome.kind == kind);
    CHECK(outcome.error.contains(QDir::toNativeSeparators(files.cipher)));
    CHECK_FALSE(QFileInfo::exists(files.output));
}

void flipByte(const QString &path, qsizetype offset)
{
    QByteArray bytes = readBytes(path);
    REQUIRE(offset < bytes.size());
    bytes[offset] = char(bytes.at(offset) ^ 0x01);
    writeBytes(path, bytes);
}

} // namespace

TEST_CASE("A protected file opens with its passphrase, byte for byte", "[sharecrypto]")
{
    const qsizetype size = GENERATE(0, 1, 100, 64 * 1024, 128 * 1024, 200 * 1024);
    INFO("size " << size);
    Files files;
    const QByteArray content = pattern(size);
    protect(files, content);

    const QByteArray cipher = readBytes(files.cipher);
    if (size >= 64)
        CHECK_FALSE(cipher.contains(content.left(64)));
    // Every chunk costs a length and a tag; a full last chunk is the final one, and only an
    // empty file has an empty chunk.
    const qsizetype chunks = size == 0 ? 1 : (size + chunkSize - 1) / chunkSize;
    CHECK(cipher.size() == firstContentChunk + size + chunks * (4 + abytes));

    const Opened outcome = openProtected(files);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.error.isEmpty());
    CHECK(outcome.kind == DecryptError::None);
    CHECK(readBytes(files.output) == content);
}

TEST_CASE("Protecting the same file twice gives different bytes", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(1000));
    const QByteArray first = readBytes(files.cipher);
    protect(files, pattern(1000));
    const QByteArray second = readBytes(files.cipher);
    CHECK(first.mid(saltOffset, 16) != second.mid(saltOffset, 16));
    CHECK(first.mid(firstContentChunk) != second.mid(firstContentChunk));
}

TEST_CASE("The interactive strength round-trips and stores its limits", "[sharecrypto]")
{
    Files files;
    const QByteArray content = pattern(70 * 1024);
    protect(files, content, ShareCrypto::Strength::Interactive);

    const QByteArray cipher = readBytes(files.cipher);
    CHECK(qFromLittleEndian<quint32>(cipher.constData() + opsOffset) == 2u);
    CHECK(qFromLittleEndian<quint64>(cipher.constData() + memOffset) == quint64(64) * 1024 * 1024);

    const Opened outcome = openProtected(files);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.error.isEmpty());
    CHECK(readBytes(files.output) == content);
}

TEST_CASE("The minimal strength stores the smallest limits", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(10));
    const QByteArray cipher = readBytes(files.cipher);
    CHECK(qFromLittleEndian<quint32>(cipher.constData() + opsOffset) == 1u);
    CHECK(qFromLittleEndian<quint64>(cipher.constData() + memOffset) == 8192u);
}

TEST_CASE("Protected files are recognised by their first bytes", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(500));
    CHECK(ShareCrypto::isEncryptedFile(files.cipher));
    CHECK(ShareCrypto::isEncrypted(readBytes(files.cipher).left(16)));
    CHECK(ShareCrypto::isEncrypted(QByteArrayLiteral("CSMWENC1")));

    const QByteArray sqlite = QByteArray("SQLite format 3\0", 16) + pattern(84);
    writeBytes(files.plain, sqlite);
    CHECK_FALSE(ShareCrypto::isEncryptedFile(files.plain));
    CHECK_FALSE(ShareCrypto::isEncrypted(sqlite));
    CHECK_FALSE(ShareCrypto::isEncrypted(QByteArrayLiteral("CSMWENC")));
    CHECK_FALSE(ShareCrypto::isEncrypted(QByteArray()));
    CHECK_FALSE(ShareCrypto::isEncryptedFile(files.dir.filePath(QStringLiteral("missing"))));
}

TEST_CASE("A wrong passphrase is told apart and writes nothing", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(200 * 1024));
    const Opened outcome = openProtected(files, QByteArrayLiteral("correct horse battery stapler"));
    INFO(outcome.error.toStdString());
    CHECK(outcome.kind == DecryptError::WrongPassphrase);
    CHECK(outcome.error.contains(QDir::toNativeSeparators(files.cipher)));
    CHECK(outcome.error.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFileInfo::exists(files.output));
}

TEST_CASE("A wrong passphrase leaves an existing output file alone", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(100));
    writeBytes(files.output, QByteArrayLiteral("already here"));
    const Opened outcome = openProtected(files, QByteArrayLiteral("wrong"));
    CHECK(outcome.kind == DecryptError::WrongPassphrase);
    CHECK(readBytes(files.output) == QByteArrayLiteral("already here"));
}

TEST_CASE("A changed salt reads as a wrong passphrase", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(1000));
    flipByte(files.cipher, saltOffset + 7);
    expectRefusal(files, DecryptError::WrongPassphrase);
}

TEST_CASE("A changed byte in the content is noticed", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(200 * 1024));
    SECTION("in the first content chunk")
    {
        flipByte(files.cipher, firstContentChunk + 4 + 1000);
    }
    SECTION("in the second content chunk, after the first was written out")
    {
        flipByte(files.cipher, firstContentChunk + fullChunkOnDisk + 4 + chunkSize / 2);
    }
    SECTION("in the tag of the final chunk")
    {
        flipByte(files.cipher, readBytes(files.cipher).size() - 1);
    }
    SECTION("in the passphrase check, which cannot be told from a wrong passphrase")
    {
        flipByte(files.cipher, headerSize + 4 + 5);
        expectRefusal(files, DecryptError::WrongPassphrase);
        return;
    }
    expectRefusal(files, DecryptError::Tampered);
}

TEST_CASE("Reordered chunks are noticed", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(200 * 1024));
    QByteArray cipher = readBytes(files.cipher);
    const QByteArray first = cipher.mid(firstContentChunk, fullChunkOnDisk);
    const QByteArray second = cipher.mid(firstContentChunk + fullChunkOnDisk, fullChunkOnDisk);
    REQUIRE(first != second);
    cipher.replace(firstContentChunk, fullChunkOnDisk, second);
    cipher.replace(firstContentChunk + fullChunkOnDisk, fullChunkOnDisk, first);
    writeBytes(files.cipher, cipher);
    expectRefusal(files, DecryptError::Tampered);
}

TEST_CASE("An absurd chunk length is refused before it is read", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(1000));
    QByteArray cipher = readBytes(files.cipher);
    SECTION("a content chunk longer than any this version writes")
    {
        qToLittleEndian<quint32>(0x7fffffff, cipher.data() + firstContentChunk);
    }
    SECTION("a content chunk shorter than its tag")
    {
        qToLittleEndian<quint32>(3, cipher.data() + firstContentChunk);
    }
    SECTION("a passphrase check of the wrong length")
    {
        qToLittleEndian<quint32>(30, cipher.data() + headerSize);
    }
    writeBytes(files.cipher, cipher);
    expectRefusal(files, DecryptError::Tampered);
}

TEST_CASE("A cut-off file is noticed", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(200 * 1024));
    const QByteArray cipher = readBytes(files.cipher);
    qsizetype keep = 0;
    SECTION("without its last bytes")
    {
        keep = cipher.size() - 10;
    }
    SECTION("without its final chunk")
    {
        keep = firstContentChunk + 3 * fullChunkOnDisk;
    }
    SECTION("in the length of a chunk")
    {
        keep = firstContentChunk + 2;
    }
    SECTION("right after the header")
    {
        keep = headerSize;
    }
    SECTION("in the header")
    {
        keep = saltOffset + 3;
    }
    SECTION("in the magic")
    {
        keep = 4;
    }
    writeBytes(files.cipher, cipher.left(keep));
    expectRefusal(files, DecryptError::Truncated);
}

TEST_CASE("An empty protected content cut off is noticed", "[sharecrypto]")
{
    Files files;
    protect(files, QByteArray());
    const QByteArray cipher = readBytes(files.cipher);
    REQUIRE(cipher.size() == firstContentChunk + 4 + abytes);
    writeBytes(files.cipher, cipher.left(firstContentChunk));
    expectRefusal(files, DecryptError::Truncated);
}

TEST_CASE("Bytes after the final chunk are noticed", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(100 * 1024));
    const QByteArray extra = GENERATE(QByteArray("x"), QByteArray(100, 'g'));
    writeBytes(files.cipher, readBytes(files.cipher) + extra);
    expectRefusal(files, DecryptError::Tampered);
}

TEST_CASE("A newer format is refused as unsupported", "[sharecrypto]")
{
    Files files;
    protect(files, pattern(1000));
    QByteArray cipher = readBytes(files.cipher);
    SECTION("a format byte of a newer version")
    {
        cipher[formatOffset] = char(2);
    }
    SECTION("a newer format byte in a file cut short")
    {
        cipher[formatOffset] = char(2);
        cipher.truncate(formatOffset + 1);
    }
    SECTION("an absurd memory limit")
    {
        qToLittleEndian<quint64>(quint64(1) << 40, cipher.data() + memOffset);
    }
    SECTION("a memory limit just above what is accepted")
    {
        qToLittleEndian<quint64>((quint64(1) << 30) + 1, cipher.data() + memOffset);
    }
    SECTION("a memory limit below the minimum")
    {
        qToLittleEndian<quint64>(1024, cipher.data() + memOffset);
    }
    SECTION("an absurd operations limit")
    {
        qToLittleEndian<quint32>(0xffffffff, cipher.data() + opsOffset);
    }
    SECTION("no operations at all")
    {
        qToLittleEndian<quint32>(0, cipher.data() + opsOffset);
    }
    writeBytes(files.cipher, cipher);
    expectRefusal(files, DecryptError::Unsupported);
}

TEST_CASE("A file that is not protected is told apart", "[sharecrypto]")
{
    Files files;
    REQUIRE(files.dir.isValid());
    SECTION("an SQLite file")
    {
        writeBytes(files.cipher, QByteArray("SQLite format 3\0", 16) + pattern(4096));
    }
    SECTION("an empty file")
    {
        writeBytes(files.cipher, QByteArray());
    }
    SECTION("a short text")
    {
        writeBytes(files.cipher, QByteArrayLiteral("hello"));
    }
    expectRefusal(files, DecryptError::NotEncrypted);
}

TEST_CASE("Files that cannot be read or written are reported", "[sharecrypto]")
{
    Files files;
    REQUIRE(files.dir.isValid());

    SECTION("a missing protected file")
    {
        expectRefusal(files, DecryptError::CannotRead);
    }
    SECTION("an output that cannot be created")
    {
        protect(files, pattern(100));
        const QString output = files.dir.filePath(QStringLiteral("missing-folder/opened.csmw"));
        DecryptError kind = DecryptError::None;
        const QString error = ShareCrypto::decryptFile(files.cipher, output, passphrase, &kind);
        CHECK(kind == DecryptError::CannotWrite);
        CHECK(error.contains(QDir::toNativeSeparators(output)));
    }
    SECTION("a missing plain file to protect")
    {
        const QString error = ShareCrypto::encryptFile(files.plain, files.cipher, passphrase,
                                                       ShareCrypto::Strength::Minimal);
        CHECK(error.contains(QDir::toNativeSeparators(files.plain)));
        CHECK_FALSE(QFileInfo::exists(files.cipher));
    }
    SECTION("a protected copy that cannot be created")
    {
        writeBytes(files.plain, pattern(100));
        const QString cipher = files.dir.filePath(QStringLiteral("missing-folder/shared.csmw"));
        const QString error = ShareCrypto::encryptFile(files.plain, cipher, passphrase,
                                                       ShareCrypto::Strength::Minimal);
        CHECK(error.contains(QDir::toNativeSeparators(cipher)));
    }
    SECTION("a file protected onto itself")
    {
        writeBytes(files.plain, pattern(100));
        const QString error = ShareCrypto::encryptFile(files.plain, files.plain, passphrase,
                                                       ShareCrypto::Strength::Minimal);
        CHECK_FALSE(error.isEmpty());
        CHECK(readBytes(files.plain) == pattern(100));
    }
}
