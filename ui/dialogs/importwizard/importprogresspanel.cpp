#include "importprogresspanel.h"

#include "widgets/pagewidgets.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

ImportProgressPanel::ImportProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_what(new QLabel)
    , m_bar(new QProgressBar)
    , m_status(hintLabel())
{
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("importProgressStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_what);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
}

void ImportProgressPanel::start(const QString &what)
{
    m_what->setText(what);
    m_bar->setRange(0, 0); // busy until the first report says how far
    m_bar->setValue(0);
    m_status->setText(tr("Reading the file\u2026"));
}

void ImportProgressPanel::setProgress(const ImportProgress &progress)
{
    if (progress.bytesTotal > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(
            int(std::clamp<qint64>(progress.bytesRead * 1000 / progress.bytesTotal, 0, 1000)));
    }
    const QLocale locale;
    m_status->setText(tr("%1 rows read, %2 rows a second")
                          .arg(locale.toString(progress.rowsRead),
                               locale.toString(qRound64(progress.rowsPerSecond))));
}

} // namespace Csm
