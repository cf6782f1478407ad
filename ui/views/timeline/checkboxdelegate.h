// The record delegate with check boxes drawn so they show on any palette: the style's own
// indicator can all but vanish on a dark base colour.
#pragma once

#include "widgets/recorddelegate.h"

namespace Csm {

class CheckBoxDelegate : public RecordDelegate
{
    Q_OBJECT

public:
    using RecordDelegate::RecordDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Csm
