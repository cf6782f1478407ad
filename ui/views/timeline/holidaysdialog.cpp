#include "holidaysdialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Csm {

HolidaysDialog::HolidaysDialog(const QList<QDate> &holidays, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_editor(new HolidaysEditor(holidays, today))
{
    setWindowTitle(tr("Holidays"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace Csm
