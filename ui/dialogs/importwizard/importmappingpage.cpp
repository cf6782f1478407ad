#include "importmappingpage.h"

#include "importpreviewmodel.h"
#include "importwizard.h"
#include "importwizardstyle.h"
#include "widgets/pagewidgets.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

namespace {

constexpr int kMaxPreviewColumnWidth = 240;

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column that feeds each field. Columns that feed no field are "
                   "not imported."));

    m_source = ImportStyle::bannerLabel(QStringLiteral("mappingSourceNote"));

    m_previewModel = new ImportPreviewModel(this);
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setTextElideMode(Qt::ElideRight);
    m_preview->verticalHeader()->setDefaultSectionSize(
        m_preview->verticalHeader()->minimumSectionSize());
    m_preview->setMinimumHeight(150);

    // Columns for the kind's fields; filled by rebuild().
    auto *fieldsBox = new QGroupBox(tr("Columns"));
    fieldsBox->setObjectName(QStringLiteral("mappingFieldsBox"));
    m_fieldsBox = fieldsBox;
    m_fieldsForm = new QFormLayout(fieldsBox);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Dates and times.
    auto *timeBox = new QGroupBox(tr("Dates and times"));
    timeBox->setObjectName(QStringLiteral("mappingTimeBox"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->setAccessibleName(tr("Time zone of times without an offset"));
    m_timeZone->setToolTip(tr("Type part of a name to search, for example \"Berlin\""));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->lineEdit()->setPlaceholderText(tr("Search time zones"));
    selectTimeZone("UTC");
    connect(m_timeZone, &QComboBox::editTextChanged, this, &ImportMappingPage::updateState);
    auto *zoneLabel = new QLabel(tr("&Time zone:"));
    zoneLabel->setBuddy(m_timeZone);
    auto *zoneHint = hintLabel(tr("For times without an offset, such as 2026-01-05 09:12. "
                                  "Times with \u201cZ\u201d or \u201c+01:00\u201d keep theirs."));

    m_dayFirst = new QRadioButton(tr("&Day first (31/01/2026)"));
    m_dayFirst->setObjectName(QStringLiteral("dayFirstButton"));
    m_monthFirst = new QRadioButton(tr("&Month first (01/31/2026)"));
    m_monthFirst->setObjectName(QStringLiteral("monthFirstButton"));
    auto *orders = new QButtonGroup(this);
    orders->addButton(m_dayFirst);
    orders->addButton(m_monthFirst);
    m_dayFirst->setChecked(true);
    m_dateOrderNote = hintLabel();
    m_dateOrderNote->setObjectName(QStringLiteral("dateOrderNote"));
    auto *orderLabel = new QLabel(tr("Dates:"));
    auto *orderButtons = new QHBoxLayout;
    orderButtons->addWidget(m_dayFirst);
    orderButtons->addWidget(m_monthFirst);
    orderButtons->addStretch();

    auto *timeForm = new QFormLayout(timeBox);
    timeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    timeForm->addRow(zoneLabel, m_timeZone);
    timeForm->addRow(QString(), zoneHint);
    timeForm->addRow(orderLabel, orderButtons);
    timeForm->addRow(QString(), m_dateOrderNote);

    m_missing = ImportStyle::bannerLabel(QStringLiteral("mappingMissingLabel"));

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(fieldsBox, 1);
    boxes->addWidget(timeBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_preview, 1);
    layout->addLayout(boxes);
    layout->addWidget(m_missing);

    connect(wizard, &ImportWizard::fileChanged, this, [this] { m_builtFor.clear(); });
}

void ImportMappingPage::initializePage()
{
    const ImportPreview &preview = m_wizard->preview();
    const QString key = importKindKey(m_wizard->kind()) + QLatin1Char('\n') +
                        headerFingerprint(m_wizard->kind(), preview.header);
    // Coming back from a later page keeps what the user chose.
    if (key != m_builtFor) {
        m_builtFor = key;
        rebuild();
    }
    updateState();
}

void ImportMappingPage::rebuild()
{
    const ImportKind kind = m_wizard->kind();
    const ImportPreview &preview = m_wizard->preview();
    const QStringList &header = preview.header;

    m_previewModel->setPreview(header, preview.rows);

    // The remembered choice for this header layout, else a guess from the names.
    ColumnMapping mapping;
    m_remembered = false;
    QByteArray zone = "UTC";
    DateOrder order = preview.dateOrder;
    const std::optional<RememberedMapping> remembered =
        m_wizard->workspace()->rememberedMapping(kind, headerFingerprint(kind, header));
    if (remembered) {
        mapping = mappingFromJson(kind, remembered->mapping, header);
        m_remembered = !mapping.isEmpty();
    }
    if (m_remembered) {
        if (QTimeZone::isTimeZoneIdAvailable(remembered->timeZone.toUtf8()))
            zone = remembered->timeZone.toUtf8();
        // What the file's own dates prove wins over habit.
        if (!preview.dateOrderCertain)
            order = remembered->dateOrder;
        ImportStyle::setBanner(m_source, ImportStyle::Banner::Info,
                               tr("The columns, time zone and date order you chose for the last "
                                  "file with these columns."));
    } else {
        mapping = guessMapping(kind, header);
        ImportStyle::setBanner(m_source, ImportStyle::Banner::Info,
                               mapping.isEmpty()
                                   ? tr("No column names were recognised. Choose the column for "
                                        "each field.")
                                   : tr("Columns matched by their names. Check them against the "
                                        "rows below."));
    }

    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_combos.clear();
    const QStringList &firstRow = preview.rows.isEmpty() ? QStringList() : preview.rows.first();
    for (const ImportFieldSpec &spec : importFields(kind)) {
        const QString label = importFieldLabel(spec.field);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo_") + QLatin1String(spec.key));
        combo->setAccessibleName(tr("Column for %1").arg(label));
        combo->setAccessibleDescription(spec.required ? tr("Required") : tr("Optional"));
        combo->addItem(spec.required ? tr("Choose a column") : tr("Not imported"), -1);
        for (int column = 0; column < header.size(); ++column) {
            const QString name =
                header.at(column).isEmpty() ? tr("Column %1").arg(column + 1) : header.at(column);
            combo->addItem(name, column);
            if (column < firstRow.size() && !firstRow.at(column).isEmpty())
                combo->setItemData(combo->count() - 1,
                                   tr("For example: %1").arg(firstRow.at(column)), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(spec.field, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateState);
        auto *caption =
            new QLabel(spec.required ? tr("%1 (required):").arg(label) : tr("%1:").arg(label));
        if (spec.required) {
            QFont bold = caption->font();
            bold.setBold(true);
            caption->setFont(bold);
        }
        caption->setBuddy(combo);
        m_fieldsForm->addRow(caption, combo);
        m_combos.insert(spec.field, combo);
    }

    selectTimeZone(zone);
    (order == DateOrder::DayFirst ? m_dayFirst : m_monthFirst)->setChecked(true);
    if (preview.dateOrderCertain)
        m_orderNote = order == DateOrder::DayFirst
                          ? tr("Certain: the file's dates put the day first.")
                          : tr("Certain: the file's dates put the month first.");
    else if (m_remembered)
        m_orderNote = tr("As last time. The first rows' dates read either way.");
    else
        m_orderNote = tr("Guessed: the first rows' dates read either way. Check one against "
                         "the source.");

    m_previewModel->setMapping(kind, this->mapping());
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        if (m_preview->columnWidth(column) > kMaxPreviewColumnWidth)
            m_preview->setColumnWidth(column, kMaxPreviewColumnWidth);
}

void ImportMappingPage::selectTimeZone(const QByteArray &id)
{
    const int index = m_timeZone->findText(QString::fromUtf8(id));
    if (index >= 0)
        m_timeZone->setCurrentIndex(index);
    m_timeZone->setEditText(QString::fromUtf8(id));
}

ColumnMapping ImportMappingPage::mapping() const
{
    ColumnMapping mapping;
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            mapping.insert(it.key(), column);
    }
    return mapping;
}

QTimeZone ImportMappingPage::timeZone() const
{
    const QByteArray id = m_timeZone->currentText().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QTimeZone(id);
}

DateOrder ImportMappingPage::dateOrder() const
{
    return m_monthFirst->isChecked() ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

bool ImportMappingPage::isComplete() const
{
    return !m_combos.isEmpty() && unmappedRequired(m_wizard->kind(), mapping()).isEmpty() &&
           timeZone().isValid();
}

bool ImportMappingPage::datesYearFirst() const
{
    // Values that are no date at all ("yesterday") are the check's business, not this one's.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}"));
    static const QRegularExpression dayMonthDate(
        QStringLiteral("^\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}"));
    const ColumnMapping current = mapping();
    const ImportPreview &preview = m_wizard->preview();
    int isoDates = 0;
    for (const ImportField field :
         {ImportField::Timestamp, ImportField::SeatStart, ImportField::CompletedOn}) {
        const int column = current.value(field, -1);
        if (column < 0)
            continue;
        for (const QStringList &row : preview.rows) {
            const QString value = row.value(column).trimmed();
            if (dayMonthDate.match(value).hasMatch())
                return false;
            if (isoDate.match(value).hasMatch())
                ++isoDates;
        }
    }
    return isoDates > 0;
}

void ImportMappingPage::updateState()
{
    const ImportKind kind = m_wizard->kind();
    const ColumnMapping current = mapping();
    m_previewModel->setMapping(kind, current);

    QStringList problems;
    const QList<ImportField> missing = unmappedRequired(kind, current);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const ImportField field : missing)
            names.append(importFieldLabel(field));
        problems.append(tr("Choose a column for %1.").arg(QLocale().createSeparatedList(names)));
    }
    if (!timeZone().isValid())
        problems.append(tr("\u201c%1\u201d is not a time zone; choose one from the list.")
                            .arg(m_timeZone->currentText().trimmed()));
    ImportStyle::setBanner(m_missing, ImportStyle::Banner::Warning, problems.join(u' '));
    m_dateOrderNote->setText(
        datesYearFirst() ? tr("Not needed for this file: its dates are written year first, as "
                              "in 2026-01-05.")
                         : m_orderNote);
    Q_EMIT completeChanged();
}

} // namespace Csm
