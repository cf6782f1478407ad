// Passphrases of shared onboarding files: asking for the one that opens a protected file, and
// choosing a new one when sharing (typed twice, at least eight characters).
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>
#include <QWidget>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Csm {

// Two masked fields for a new passphrase and a line saying what is wrong with it. Shared by
// PassphraseDialog and the share dialog.
class NewPassphraseFields : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinimumLength = 8;

    explicit NewPassphraseFields(QWidget *parent = nullptr);

    // Both fields agree and are long enough.
    bool isValid() const;
    // Why the passphrase cannot be used yet; empty when valid.
    QString problem() const;
    // The passphrase when valid, otherwise empty.
    QByteArray passphrase() const;
    void clear();

    QLineEdit *passphraseField() const { return m_first; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_first;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Open,   // one field: the passphrase that opens a protected file
        Choose, // two fields: a new passphrase for a file being shared
    };

    // `fileName` names the file being opened (Open) or shared (Choose); may be empty.
    PassphraseDialog(Mode mode, const QString &fileName, QWidget *parent = nullptr);

    // Asks for the passphrase of `fileName`; `problem` explains a failed try ("The passphrase
    // does not open it."). Empty optional when the user cancels.
    static std::optional<QByteArray> ask(QWidget *parent, const QString &fileName,
                                         const QString &problem = {});
    // Asks for a new passphrase to protect a shared file; empty optional when cancelled.
    static std::optional<QByteArray> chooseNew(QWidget *parent, const QString &fileName = {});

    // How a typed passphrase becomes bytes: NFC-normalized UTF-8, so the same passphrase
    // typed on another system (another input method) gives the same key.
    static QByteArray toBytes(const QString &text);

    Mode mode() const { return m_mode; }
    // What was typed, as bytes (Open), or the new passphrase when valid (Choose).
    QByteArray passphrase() const;
    // The line under the field: the reason a previous try failed.
    void setProblem(const QString &problem);

    QLineEdit *passphraseField() const { return m_field; }
    NewPassphraseFields *newPassphraseFields() const { return m_newFields; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

private:
    void updateOk();

    Mode m_mode;
    QLineEdit *m_field = nullptr;
    NewPassphraseFields *m_newFields = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Csm
