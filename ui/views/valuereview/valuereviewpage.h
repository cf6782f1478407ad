// The customer's value review: the report the CSM takes into the meeting (the day-30 value
// review, the day-90 executive business review or the graduation summary). The CSM picks the
// kind and the meeting date, chooses which sections appear and writes a commentary for each,
// enters the value delivered (hours saved x rate, revenue and cost impact), and sees the pages
// exactly as they will print beside the editors; then exports the PDF or prints it. Every
// choice is kept with the customer (ReportNote records) and is an undo step.
#pragma once

#include "domain/valuereview.h"
#include "report/reportcontent.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTimer;
class QVBoxLayout;

namespace Csm {

class LogTable;
class ReportPreview;
class Workspace;
template<typename R> class RecordTableModel;

class ValueReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ValueReviewPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ValueReviewPage() override;

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    ReportKind kind() const;
    void setKind(ReportKind kind);
    QDate meetingDate() const;
    void setMeetingDate(const QDate &date);

    // The report as the preview shows it now.
    ReportContent content() const;
    // Writes the PDF to `path` (atomically); false with the reason in `error` on failure.
    bool exportPdf(const QString &path, QString *error = nullptr);
    // Rebuilds the preview now instead of after the short pause that gathers edits.
    void refreshNow();
    // Saves a commentary still being typed.
    void commitPendingEdits();

    // For tests.
    QComboBox *kindChoice() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *sectionCheck(const QString &section) const;
    QPlainTextEdit *commentaryEditor(const QString &section) const;
    LogTable *valueTable() const { return m_valueTable; }
    RecordTableModel<ValueItem> *valueModel() const { return m_valueModel; }
    QLabel *valueTotalsLabel() const { return m_valueTotals; }
    ReportPreview *preview() const { return m_preview; }
    QLabel *pageCountLabel() const { return m_pageCount; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void messagePosted(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct SectionEditor
    {
        QCheckBox *check = nullptr;
        QPlainTextEdit *commentary = nullptr;
        QLabel *hint = nullptr;
    };

    void rebuildSections();
    void syncSectionsFromNotes();
    void commitCommentary(QString section);
    void setSectionIncluded(const QString &section, bool included);
    void scheduleRefresh();
    void refresh();
    void updateValueTotals();
    void updateSectionHints(const ReportContent &content);
    void chooseExportFile();
    void print();
    QString suggestedFileName() const;
    ReportKind suggestedKind() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_sectionsLayout;
    QHash<QString, SectionEditor> m_sections;
    QStringList m_sectionOrder;
    RecordTableModel<ValueItem> *m_valueModel;
    LogTable *m_valueTable;
    QLabel *m_valueTotals;
    ReportPreview *m_preview;
    QLabel *m_pageCount;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QSplitter *m_splitter = nullptr;
    bool m_splitterPlaced = false;
    QTimer *m_refreshTimer;
    QTimer *m_commentaryTimer;
    QString m_editingSection; // the section whose commentary is being typed
    bool m_dirty = true;
    bool m_syncing = false;
};

} // namespace Csm
