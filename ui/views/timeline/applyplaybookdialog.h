// Chooses the playbook template to build a customer's plan from: the built-in one of each tier
// or one the user saved, and, when the customer has a plan already, whether the template
// replaces it or is added to it.
#pragma once

#include "timeline/playbook.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Csm {

class ApplyPlaybookDialog : public QDialog
{
    Q_OBJECT

public:
    // `playbooks`: built-in ones first; the one made for `tier` is selected.
    ApplyPlaybookDialog(const QList<Playbook> &playbooks, Tier tier, bool planExists,
                        QWidget *parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    Playbook selectedPlaybook() const;
    // With a plan in place: replace it (true) or add the template's records to it (false).
    bool replaceExisting() const;
    void setReplaceExisting(bool replace);

    QListWidget *list() const { return m_list; }
    QRadioButton *replaceButton() const { return m_replace; }
    QRadioButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    // The user asked to delete a saved template.
    void deleteRequested(const QString &playbookId);

private:
    void showDetails();

    QList<Playbook> m_playbooks;
    QListWidget *m_list;
    QLabel *m_details;
    QRadioButton *m_replace = nullptr;
    QRadioButton *m_add = nullptr;
    QPushButton *m_delete;
};

} // namespace Csm
