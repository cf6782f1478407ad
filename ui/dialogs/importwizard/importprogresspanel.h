// The progress of a running check or import: a bar over the bytes read, and the rows read so
// far with their rate.
#pragma once

#include "adoption/usageimporter.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Csm {

class ImportProgressPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPanel(QWidget *parent = nullptr);

    // Shows a busy bar until the first report; `what` says what runs ("Checking rows...").
    void start(const QString &what);
    void setProgress(const ImportProgress &progress);

    QProgressBar *progressBar() const { return m_bar; }
    QLabel *statusLabel() const { return m_status; }

private:
    QLabel *m_what = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Csm
