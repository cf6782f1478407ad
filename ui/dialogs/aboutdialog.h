// Help > About: the application's name, version and purpose, the libraries it runs on, and
// its licence; the version details can be copied for a bug report.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace Csm {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // `workspacePath` is the open workspace's file, or empty.
    explicit AboutDialog(const QString &workspacePath, QWidget *parent = nullptr);

    // Plain text for a bug report: the version, the libraries, the platform and the workspace.
    QString versionReport() const;
    QPlainTextEdit *licenceText() const { return m_licence; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString m_workspacePath;
    QPlainTextEdit *m_licence;
    QPushButton *m_copy;
};

} // namespace Csm
