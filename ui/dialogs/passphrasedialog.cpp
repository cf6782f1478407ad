#include "passphrasedialog.h"

#include "widgets/pagewidgets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Csm {

namespace {

QLineEdit *passwordField(const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMinimumWidth(260);
    return field;
}

// Characters as the user counts them: code points, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent)
    , m_first(passwordField(QStringLiteral("newPassphrase"), tr("New passphrase")))
    , m_repeat(passwordField(QStringLiteral("repeatPassphrase"), tr("Repeat the passphrase")))
    , m_problem(hintLabel())
{
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_problem);

    connect(m_first, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

QString NewPassphraseFields::problem() const
{
    const QString first = m_first->text();
    if (characterCount(first) < MinimumLength)
        return tr("Use at least %n characters.", nullptr, MinimumLength);
    if (m_repeat->text().isEmpty())
        return tr("Type the passphrase again to confirm it.");
    if (m_repeat->text() != first)
        return tr("The two passphrases differ.");
    return {};
}

bool NewPassphraseFields::isValid() const
{
    return problem().isEmpty();
}

QByteArray NewPassphraseFields::passphrase() const
{
    return isValid() ? PassphraseDialog::toBytes(m_first->text()) : QByteArray();
}

void NewPassphraseFields::clear()
{
    m_first->clear();
    m_repeat->clear();
}

void NewPassphraseFields::update()
{
    const QString reason = problem();
    m_problem->setText(reason.isEmpty() ? tr("The passphrases match.") : reason);
    // A hint while typing; a plain message once both fields are filled and still wrong.
    m_problem->setEnabled(!reason.isEmpty() && !m_first->text().isEmpty() &&
                          !m_repeat->text().isEmpty());
    Q_EMIT changed();
}

PassphraseDialog::PassphraseDialog(Mode mode, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    const QString name = QDir::toNativeSeparators(fileName);
    auto *layout = new QVBoxLayout(this);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();

    if (mode == Mode::Open) {
        setWindowTitle(tr("Protected file"));
        auto *intro = new QLabel(
            name.isEmpty()
                ? tr("This file is protected by a passphrase. Enter it to open the file.")
                : tr("\u201c%1\u201d is protected by a passphrase. Enter it to open "
                     "the file.")
                      .arg(name));
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        m_field = passwordField(QStringLiteral("passphrase"), tr("Passphrase"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Passphrase:"), m_field);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        connect(m_field, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    } else {
        setWindowTitle(tr("Choose a passphrase"));
        auto *intro = new QLabel(
            name.isEmpty() ? tr("Choose a passphrase to protect the file.")
                           : tr("Choose a passphrase to protect \u201c%1\u201d.").arg(name));
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        m_newFields = new NewPassphraseFields;
        layout->addWidget(intro);
        layout->addWidget(m_newFields);
        layout->addWidget(m_problem);
        layout->addWidget(hintLabel(tr("Tell your colleague the passphrase another way than "
                                       "the e-mail or folder the file travels by: by phone or "
                                       "in a chat. Without it the file cannot be opened.")));
        connect(m_newFields, &NewPassphraseFields::changed, this, &PassphraseDialog::updateOk);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Open ? tr("Open") : tr("Protect"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    setMinimumWidth(420);
}

QByteArray PassphraseDialog::toBytes(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_mode == Mode::Open ? toBytes(m_field->text()) : m_newFields->passphrase();
}

void PassphraseDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PassphraseDialog::updateOk()
{
    const bool ok = m_mode == Mode::Open ? !m_field->text().isEmpty() : m_newFields->isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<QByteArray> PassphraseDialog::ask(QWidget *parent, const QString &fileName,
                                                const QString &problem)
{
    PassphraseDialog dialog(Mode::Open, fileName, parent);
    dialog.setProblem(problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<QByteArray> PassphraseDialog::chooseNew(QWidget *parent, const QString &fileName)
{
    PassphraseDialog dialog(Mode::Choose, fileName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

} // namespace Csm
