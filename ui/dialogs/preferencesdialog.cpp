#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Csm {

PreferencesDialog::PreferencesDialog(const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(userName))
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    form->addRow(tr("Your name"), m_name);
    auto *hint = new QLabel(tr("Recorded as author of what you create and change, so colleagues "
                               "who receive a shared file see who did what."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

QString PreferencesDialog::userName() const
{
    return m_name->text().trimmed();
}

} // namespace Csm
