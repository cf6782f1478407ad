// The import wizard's second page: the file's first rows, which column feeds each field (the
// mapping remembered for files like this one, else guessed from the header), the time zone
// of times without an offset, and whether dates put the day or the month first.
#pragma once

#include "adoption/importschema.h"

#include <QHash>
#include <QTimeZone>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QTableView;

namespace Csm {

class ImportPreviewModel;
class ImportWizard;

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    ColumnMapping mapping() const;
    // The chosen zone; invalid while the text typed names none.
    QTimeZone timeZone() const;
    DateOrder dateOrder() const;
    // True when the columns, time zone and date order are the ones used last time.
    bool usesRememberedMapping() const { return m_remembered; }

    QComboBox *fieldCombo(ImportField field) const { return m_combos.value(field); }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QRadioButton *dayFirstButton() const { return m_dayFirst; }
    QRadioButton *monthFirstButton() const { return m_monthFirst; }
    QLabel *sourceNote() const { return m_source; }
    QLabel *dateOrderNote() const { return m_dateOrderNote; }
    QLabel *missingLabel() const { return m_missing; }
    QTableView *previewView() const { return m_preview; }
    ImportPreviewModel *previewModel() const { return m_previewModel; }

private:
    void rebuild();
    void selectTimeZone(const QByteArray &id);
    void updateState();
    // True when the dates in the first rows are all written year first (2026-01-05), so the
    // order of day and month does not matter.
    bool datesYearFirst() const;

    ImportWizard *m_wizard;
    QString m_builtFor; // the file and kind the page was set up for
    bool m_remembered = false;
    QLabel *m_source = nullptr;
    QTableView *m_preview = nullptr;
    ImportPreviewModel *m_previewModel = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QHash<ImportField, QComboBox *> m_combos;
    QComboBox *m_timeZone = nullptr;
    QRadioButton *m_dayFirst = nullptr;
    QRadioButton *m_monthFirst = nullptr;
    QLabel *m_dateOrderNote = nullptr;
    QString m_orderNote; // whether the preset order is certain, remembered or guessed
    QLabel *m_missing = nullptr;
};

} // namespace Csm
