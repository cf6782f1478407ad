// The opportunity table's cells: potential ARR in the customer's currency and edited as a
// whole amount, the status with its map colour, lost opportunities muted.
#pragma once

#include "widgets/recorddelegate.h"

namespace Csm {

class OpportunityDelegate : public RecordDelegate
{
    Q_OBJECT

public:
    // `moneyColumn` and `statusColumn` are columns of the source model.
    OpportunityDelegate(int moneyColumn, int statusColumn, QObject *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_moneyColumn;
    int m_statusColumn;
    QString m_currency;
};

} // namespace Csm
