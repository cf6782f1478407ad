#include "sharecrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace Csm {

namespace {

struct ShareCryptoText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::ShareCrypto)
};

const QByteArray magic("CSMWENC1", 8);
const char formatVersion = 1;
const QByteArray checkMessage("csm-workspace passphrase check");

constexpr qint64 magicSize = 8;
constexpr qint64 saltOffset = magicSize + 1;
constexpr qint64 opsOffset = saltOffset + crypto_pwhash_SALTBYTES;
constexpr qint64 memOffset = opsOffset + 4;
constexpr qint64 streamHeaderOffset = memOffset + 8;
constexpr qint64 headerSize =
    streamHeaderOffset + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

constexpr qint64 plainChunkSize = 64 * 1024;
constexpr qint64 abytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 maxCipherChunkSize = plainChunkSize + abytes;

// Bounds on the limits read from a file, so that a hostile file cannot make us work or
// allocate without end.
constexpr quint64 maxOpsLimit = 16;
constexpr quint64 maxMemLimit = quint64(1) << 30;

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

// The key and the stream state, in guarded memory that sodium_free wipes.
class Secrets
{
public:
    Secrets()
        : m_data(static_cast<Data *>(sodium_malloc(sizeof(Data))))
    {}
    ~Secrets() { sodium_free(m_data); }
    Secrets(const Secrets &) = delete;
    Secrets &operator=(const Secrets &) = delete;

    bool isValid() const { return m_data != nullptr; }
    unsigned char *key() { return m_data->key; }
    crypto_secretstream_xchacha20poly1305_state *state() { return &m_data->state; }

private:
    struct Data
    {
        unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
        crypto_secretstream_xchacha20poly1305_state state;
    };
    Data *m_data;
};

bool deriveKey(Secrets *secrets, const QByteArray &passphrase, const unsigned char *salt,
               quint64 opsLimit, quint64 memLimit)
{
    return crypto_pwhash(secrets->key(), crypto_secretstream_xchacha20poly1305_KEYBYTES,
                         passphrase.constData(), quint64(passphrase.size()), salt, opsLimit,
                         size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Reads up to `size` bytes, fewer only at the end of the file; -1 on a read error.
qint64 readFully(QFile *file, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 got = file->read(data + done, size - done);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

bool writeAll(QFile *file, const char *data, qint64 size)
{
    return file->write(data, size) == size;
}

bool writeChunk(QFile *file, const QByteArray &sealed, qint64 size)
{
    char length[4];
    qToLittleEndian<quint32>(quint32(size), length);
    return writeAll(file, length, 4) && writeAll(file, sealed.constData(), size);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Reading a file while truncating it for output would destroy it.
bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    // Not QFileInfo's ==, which takes two missing files for the same one.
    return first.exists() && second.exists() &&
           first.canonicalFilePath() == second.canonicalFilePath();
}

} // namespace

namespace ShareCrypto {

bool isEncrypted(const QByteArray &head)
{
    return head.startsWith(magic);
}

bool isEncryptedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return isEncrypted(file.read(magicSize));
}

QString encryptFile(const QString &plainPath, const QString &cipherPath,
                    const QByteArray &passphrase, Strength strength)
{
    auto cannotProtect = [&](const QString &reason) {
        return ShareCryptoText::tr("\"%1\" cannot be protected: %2.")
            .arg(native(plainPath), reason);
    };
    if (sodium_init() < 0)
        return cannotProtect(ShareCryptoText::tr("the encryption library cannot be started"));
    if (isSameFile(plainPath, cipherPath))
        return cannotProtect(ShareCryptoText::tr("it cannot be written over itself"));

    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return cannotProtect(
            ShareCryptoText::tr("it cannot be read (%1)").arg(plain.errorString()));
    auto cannotRead = [&] {
        return cannotProtect(
            ShareCryptoText::tr("it cannot be read (%1)").arg(plain.errorString()));
    };

    Secrets secrets;
    if (!secrets.isValid())
        return cannotProtect(ShareCryptoText::tr("there is not enough memory"));

    const bool interactive = strength == Strength::Interactive;
    const quint64 opsLimit =
        interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const quint64 memLimit =
        interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;

    QByteArray header(headerSize, Qt::Uninitialized);
    memcpy(header.data(), magic.constData(), magicSize);
    header[magicSize] = formatVersion;
    randombytes_buf(header.data() + saltOffset, crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint32>(quint32(opsLimit), header.data() + opsOffset);
    qToLittleEndian<quint64>(memLimit, header.data() + memOffset);
    if (!deriveKey(&secrets, passphrase, bytes(header) + saltOffset, opsLimit, memLimit))
        return cannotProtect(ShareCryptoText::tr("there is not enough memory"));
    crypto_secretstream_xchacha20poly1305_init_push(
        secrets.state(), bytes(header) + streamHeaderOffset, secrets.key());

    QFile cipher(cipherPath);
    if (!cipher.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ShareCryptoText::tr("\"%1\" cannot be written (%2).")
            .arg(native(cipherPath), cipher.errorString());
    auto fail = [&](const QString &message) {
        cipher.remove();
        return message;
    };
    auto cannotWrite = [&] {
        return fail(ShareCryptoText::tr("\"%1\" cannot be written (%2).")
                        .arg(native(cipherPath), cipher.errorString()));
    };

    if (!writeAll(&cipher, header.constData(), header.size()))
        return cannotWrite();

    QByteArray sealed(checkMessage.size() + abytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        secrets.state(), bytes(sealed), nullptr, bytes(checkMessage), quint64(checkMessage.size()),
        bytes(header), quint64(header.size()), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    if (!writeChunk(&cipher, sealed, sealed.size()))
        return cannotWrite();

    // One chunk is read ahead, so that the last one, possibly empty, gets the final tag.
    QByteArray current(plainChunkSize, Qt::Uninitialized);
    QByteArray next(plainChunkSize, Qt::Uninitialized);
    qint64 currentSize = readFully(&plain, current.data(), plainChunkSize);
    if (currentSize < 0)
        return fail(cannotRead());
    sealed.resize(maxCipherChunkSize);
    for (;;) {
        const qint64 nextSize =
            currentSize < plainChunkSize ? 0 : readFully(&plain, next.data(), plainChunkSize);
        if (nextSize < 0)
            return fail(cannotRead());
        const bool last = nextSize == 0;
        const unsigned char tag = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                       : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        crypto_secretstream_xchacha20poly1305_push(secrets.state(), bytes(sealed), nullptr,
                                                   bytes(current), quint64(currentSize), nullptr, 0,
                                                   tag);
        if (!writeChunk(&cipher, sealed, currentSize + abytes))
            return cannotWrite();
        if (last)
            break;
        current.swap(next);
        currentSize = nextSize;
    }

    if (!cipher.flush())
        return cannotWrite();
    cipher.close();
    if (cipher.error() != QFileDevice::NoError)
        return cannotWrite();
    return {};
}

QString decryptFile(const QString &cipherPath, const QString &plainPath,
                    const QByteArray &passphrase, DecryptError *kind)
{
    QFile cipher(cipherPath);
    QFile plain(plainPath);
    bool created = false;
    auto fail = [&](DecryptError what, const QString &reason) {
        if (created)
            plain.remove();
        if (kind)
            *kind = what;
        return ShareCryptoText::tr("\"%1\" cannot be opened: %2.").arg(native(cipherPath), reason);
    };
    auto cannotRead = [&] {
        return fail(DecryptError::CannotRead,
                    ShareCryptoText::tr("it cannot be read (%1)").arg(cipher.errorString()));
    };
    auto tampered = [&] {
        return fail(DecryptError::Tampered,
                    ShareCryptoText::tr("it was changed or damaged after it was protected"));
    };
    auto truncated = [&] {
        return fail(DecryptError::Truncated,
                    ShareCryptoText::tr("it ends too early, part of it is missing"));
    };
    if (kind)
        *kind = DecryptError::None;

    if (sodium_init() < 0)
        return fail(DecryptError::CannotRead,
                    ShareCryptoText::tr("the encryption library cannot be started"));
    if (isSameFile(cipherPath, plainPath))
        return fail(DecryptError::CannotWrite,
                    ShareCryptoText::tr("it cannot be written over itself"));
    if (!cipher.open(QIODevice::ReadOnly))
        return cannotRead();

    QByteArray header(headerSize, Qt::Uninitialized);
    const qint64 headerRead = readFully(&cipher, header.data(), headerSize);
    if (headerRead < 0)
        return cannotRead();
    header.truncate(headerRead);
    if (!header.startsWith(magic)) {
        // The start of the magic and then the end of the file: cut off, not something else.
        if (!header.isEmpty() && magic.startsWith(header))
            return truncated();
        return fail(DecryptError::NotEncrypted,
                    ShareCryptoText::tr("it is not a passphrase-protected file"));
    }
    if (header.size() > magicSize && header.at(magicSize) != formatVersion)
        return fail(DecryptError::Unsupported,
                    ShareCryptoText::tr("it was protected by a newer version of CSM Workspace"));
    if (header.size() < headerSize)
        return truncated();

    const quint64 opsLimit = qFromLittleEndian<quint32>(header.constData() + opsOffset);
    const quint64 memLimit = qFromLittleEndian<quint64>(header.constData() + memOffset);
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > maxOpsLimit ||
        memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > maxMemLimit)
        return fail(
            DecryptError::Unsupported,
            ShareCryptoText::tr("it was protected with settings this version does not accept"));

    Secrets secrets;
    // Not a read error as such, but the closest kind: the file could not be examined.
    if (!secrets.isValid() ||
        !deriveKey(&secrets, passphrase, bytes(header) + saltOffset, opsLimit, memLimit))
        return fail(DecryptError::CannotRead,
                    ShareCryptoText::tr("there is not enough memory to check the passphrase"));
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            secrets.state(), bytes(header) + streamHeaderOffset, secrets.key()) != 0)
        return tampered();

    enum class Read { Ok, Error, End, Short, BadLength };
    QByteArray sealed(maxCipherChunkSize, Qt::Uninitialized);
    qint64 sealedSize = 0;
    auto readChunk = [&]() {
        char length[4];
        const qint64 got = readFully(&cipher, length, 4);
        if (got < 0)
            return Read::Error;
        if (got == 0)
            return Read::End;
        if (got < 4)
            return Read::Short;
        sealedSize = qFromLittleEndian<quint32>(length);
        if (sealedSize > maxCipherChunkSize || sealedSize < abytes)
            return Read::BadLength;
        const qint64 body = readFully(&cipher, sealed.data(), sealedSize);
        if (body < 0)
            return Read::Error;
        return body < sealedSize ? Read::Short : Read::Ok;
    };

    // The first chunk: the known message, with everything before it as additional data.
    switch (readChunk()) {
    case Read::Ok:
        break;
    case Read::Error:
        return cannotRead();
    case Read::End:
    case Read::Short:
        return truncated();
    case Read::BadLength:
        return tampered();
    }
    if (sealedSize != checkMessage.size() + abytes)
        return tampered();
    QByteArray opened(plainChunkSize, Qt::Uninitialized);
    unsigned long long openedSize = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(secrets.state(), bytes(opened), &openedSize,
                                                   &tag, bytes(sealed), quint64(sealedSize),
                                                   bytes(header), quint64(header.size())) != 0)
        return fail(DecryptError::WrongPassphrase,
                    ShareCryptoText::tr("the passphrase does not open it"));
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE ||
        opened.left(qsizetype(openedSize)) != checkMessage)
        return tampered();

    auto cannotWrite = [&] {
        return fail(DecryptError::CannotWrite,
                    ShareCryptoText::tr("its decrypted copy %1 cannot be written (%2)")
                        .arg(native(plainPath), plain.errorString()));
    };
    // Opened only now, so that a wrong passphrase leaves whatever is at `plainPath` alone.
    if (!plain.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite();
    created = true;

    for (;;) {
        switch (readChunk()) {
        case Read::Ok:
            break;
        case Read::Error:
            return cannotRead();
        case Read::End:
        case Read::Short:
            return truncated();
        case Read::BadLength:
            return tampered();
        }
        if (crypto_secretstream_xchacha20poly1305_pull(secrets.state(), bytes(opened), &openedSize,
                                                       &tag, bytes(sealed), quint64(sealedSize),
                                                       nullptr, 0) != 0)
            return tampered();
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return tampered();
        if (!writeAll(&plain, opened.constData(), qint64(openedSize)))
            return cannotWrite();
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }

    char extra;
    const qint64 after = cipher.read(&extra, 1);
    if (after < 0)
        return cannotRead();
    if (after > 0)
        return tampered();

    if (!plain.flush())
        return cannotWrite();
    plain.close();
    if (plain.error() != QFileDevice::NoError)
        return cannotWrite();
    return {};
}

} // namespace ShareCrypto
} // namespace Csm
