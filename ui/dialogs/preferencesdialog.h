// The user's name, recorded on every record they create or change.
#pragma once

#include <QDialog>

class QLineEdit;

namespace Csm {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString &userName, QWidget *parent = nullptr);
    QString userName() const;

private:
    QLineEdit *m_name;
};

} // namespace Csm
