// Passphrase protection of a shared onboarding file: the whole SQLite file encrypted with
// libsodium's secretstream (XChaCha20-Poly1305, authenticated chunk by chunk, with an end
// tag so a cut-off file is noticed), under a key derived from the passphrase by Argon2id.
//
// Layout: an 8-byte magic "CSMWENC1", a format byte, the Argon2id salt and limits, the
// secretstream header, then the chunks. The first chunk is a short known message, so that a
// wrong passphrase is told apart from a file changed after it was encrypted. Everything
// before the chunks is authenticated as additional data of the first chunk.
#pragma once

#include <QByteArray>
#include <QString>

namespace Csm {

enum class DecryptError {
    None,
    CannotRead,      // the file cannot be opened or read
    CannotWrite,     // the output cannot be written
    NotEncrypted,    // no magic at the start: not a protected file
    Unsupported,     // a newer format byte, or limits out of the range this version accepts
    WrongPassphrase, // the first chunk does not open with the key
    Tampered,        // a later chunk does not authenticate: changed or damaged after encryption
    Truncated,       // the file ends before the final chunk
};

namespace ShareCrypto {

// True when the first bytes of `head` are the magic of a protected file.
bool isEncrypted(const QByteArray &head);
// True when the file at `path` starts with the magic.
bool isEncryptedFile(const QString &path);

// How hard the key derivation works. Interactive is what the application uses (64 MiB, about
// a tenth of a second); tests may use Minimal to stay fast. The limits are stored in the file.
enum class Strength { Interactive, Minimal };

// Encrypts the file at `plainPath` into `cipherPath` (created or truncated; the caller makes
// it atomic). Returns an empty string on success, otherwise what went wrong, naming the file.
QString encryptFile(const QString &plainPath, const QString &cipherPath,
                    const QByteArray &passphrase, Strength strength = Strength::Interactive);

// Decrypts `cipherPath` into `plainPath`. On failure removes what it wrote of `plainPath`,
// sets `kind` and returns a sentence for the user naming the file ("... the passphrase does
// not open it"). Returns an empty string on success.
QString decryptFile(const QString &cipherPath, const QString &plainPath,
                    const QByteArray &passphrase, DecryptError *kind = nullptr);

} // namespace ShareCrypto
} // namespace Csm
