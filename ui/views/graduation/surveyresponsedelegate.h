// Cells of the survey table: scores edited in spin boxes whose lowest step reads "Not given",
// unanswered scores shown as a dash, and a cell with a validation problem outlined in red
// with the problem as its tooltip.
#pragma once

#include "widgets/recorddelegate.h"

#include <functional>

namespace Csm {

class SurveyResponseDelegate : public RecordDelegate
{
    Q_OBJECT

public:
    // The problem of a cell, or an empty text.
    using ProblemLookup = std::function<QString(const QModelIndex &)>;

    SurveyResponseDelegate(int satisfactionColumn, int npsColumn, QObject *parent = nullptr);

    void setProblemLookup(ProblemLookup lookup) { m_problem = std::move(lookup); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool isScore(const QModelIndex &index) const;
    // The value that means "not given" in the column of `index`.
    qint64 notGiven(const QModelIndex &index) const;

    int m_satisfactionColumn;
    int m_npsColumn;
    ProblemLookup m_problem;
};

} // namespace Csm
