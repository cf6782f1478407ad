#include "importfilepage.h"

#include "importwizard.h"
#include "importwizardstyle.h"
#include "widgets/pagewidgets.h"

#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Csm {

namespace {

constexpr ImportKind kKinds[] = {ImportKind::Usage, ImportKind::Roster, ImportKind::Training};

QString kindDescription(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Usage:
        return ImportFilePage::tr("Who did what in the product, and when");
    case ImportKind::Roster:
        return ImportFilePage::tr("The customer's users, their roles and when their seats "
                                  "started");
    case ImportKind::Training:
        return ImportFilePage::tr("Who completed which course, and when");
    }
    return {};
}

// The first local file among dropped URLs.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV or TSV export from the product's analytics, its user list or the "
                   "learning platform."));
    setAcceptDrops(true);

    // The drop zone: a dashed frame with the chosen file and a button to choose one.
    auto *zone = new QFrame;
    m_dropZone = zone;
    zone->setObjectName(QStringLiteral("importDropZone"));
    zone->setFrameShape(QFrame::StyledPanel);
    zone->setMinimumHeight(120);
    auto *dropHint = new QLabel(tr("Drop a CSV or TSV file here, or"));
    dropHint->setAlignment(Qt::AlignCenter);
    m_choose = new QPushButton(tr("&Choose file\u2026"));
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setAccessibleName(tr("Choose the file to import"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    m_file = new QLabel(tr("No file chosen yet"));
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setAlignment(Qt::AlignCenter);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont fileFont = m_file->font();
    fileFont.setBold(true);
    m_file->setFont(fileFont);
    m_format = hintLabel();
    m_format->setObjectName(QStringLiteral("importFormatLabel"));
    m_format->setAlignment(Qt::AlignCenter);
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addStretch();
    chooseRow->addWidget(dropHint);
    chooseRow->addWidget(m_choose);
    chooseRow->addStretch();
    auto *zoneLayout = new QVBoxLayout(zone);
    zoneLayout->setContentsMargins(16, 16, 16, 16);
    zoneLayout->addStretch();
    zoneLayout->addLayout(chooseRow);
    zoneLayout->addWidget(m_file);
    zoneLayout->addWidget(m_format);
    zoneLayout->addStretch();
    setDropHighlight(false);

    m_error = ImportStyle::bannerLabel(QStringLiteral("importFileError"));

    // What the file holds.
    auto *kindBox = new QGroupBox(tr("What the file holds"));
    kindBox->setObjectName(QStringLiteral("importKindBox"));
    m_kinds = new QButtonGroup(this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    for (const ImportKind kind : kKinds) {
        auto *button = new QRadioButton(importKindLabel(kind));
        button->setObjectName(QStringLiteral("kind_") + importKindKey(kind));
        button->setAccessibleName(importKindLabel(kind));
        button->setAccessibleDescription(kindDescription(kind));
        m_kinds->addButton(button, int(kind));
        auto *description = hintLabel(kindDescription(kind));
        description->setContentsMargins(24, 0, 0, 4);
        kindLayout->addWidget(button);
        kindLayout->addWidget(description);
    }
    m_kinds->button(int(ImportKind::Usage))->setChecked(true);
    m_kindNote = hintLabel();
    m_kindNote->setObjectName(QStringLiteral("importKindNote"));
    kindLayout->addWidget(m_kindNote);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT completeChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(zone);
    layout->addWidget(m_error);
    layout->addWidget(kindBox);
    layout->addStretch();

    connect(wizard, &ImportWizard::fileChanged, this, &ImportFilePage::showFile);
}

QRadioButton *ImportFilePage::kindButton(ImportKind kind) const
{
    return qobject_cast<QRadioButton *>(m_kinds->button(int(kind)));
}

ImportKind ImportFilePage::kind() const
{
    return ImportKind(m_kinds->checkedId());
}

void ImportFilePage::setKind(ImportKind kind)
{
    if (QAbstractButton *button = m_kinds->button(int(kind)))
        button->setChecked(true);
}

std::optional<ImportKind> ImportFilePage::guessKind(const QStringList &header)
{
    // The kind whose required fields all have a column, the one needing the most winning (any
    // file with an e-mail column would do as a roster); then the one using the most columns.
    std::optional<ImportKind> best;
    qsizetype bestRequired = -1;
    qsizetype bestMapped = -1;
    bool tie = false;
    for (const ImportKind kind : kKinds) {
        const ColumnMapping mapping = guessMapping(kind, header);
        if (!unmappedRequired(kind, mapping).isEmpty())
            continue;
        qsizetype required = 0;
        for (const ImportFieldSpec &spec : importFields(kind))
            required += spec.required ? 1 : 0;
        const qsizetype mapped = mapping.size();
        if (required > bestRequired || (required == bestRequired && mapped > bestMapped)) {
            best = kind;
            bestRequired = required;
            bestMapped = mapped;
            tie = false;
        } else if (required == bestRequired && mapped == bestMapped) {
            tie = true;
        }
    }
    if (tie)
        return std::nullopt;
    return best;
}

void ImportFilePage::initializePage()
{
    // Without a file, the first thing to do is to choose one.
    if (m_wizard->filePath().isEmpty())
        m_choose->setFocus();
}

bool ImportFilePage::isComplete() const
{
    const ImportPreview &preview = m_wizard->preview();
    return !m_wizard->filePath().isEmpty() && preview.error.isEmpty() && !preview.header.isEmpty();
}

void ImportFilePage::chooseFile()
{
    QString dir = m_wizard->filePath().isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                      : QFileInfo(m_wizard->filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a file to import"), dir,
                                     tr("Delimited text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_wizard->setFile(path);
}

void ImportFilePage::showFile()
{
    const QString path = m_wizard->filePath();
    const ImportPreview &preview = m_wizard->preview();
    const QFileInfo info(path);
    const QLocale locale;
    m_file->setText(QDir::toNativeSeparators(info.fileName()));
    m_file->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    m_choose->setText(tr("&Choose another file\u2026"));

    const bool readable = preview.format.problem.isEmpty() && !preview.header.isEmpty();
    if (readable) {
        m_format->setText(
            tr("%1 \u00b7 %2, %3 \u00b7 %4 columns")
                .arg(locale.formattedDataSize(info.size()),
                     ImportStyle::encodingName(preview.format.encoding),
                     tr("%1-separated").arg(ImportStyle::delimiterName(preview.format.delimiter)),
                     locale.toString(preview.header.size())));
    } else {
        m_format->setText(locale.formattedDataSize(info.size()));
    }
    m_format->setAccessibleDescription(m_format->text());

    if (!preview.error.isEmpty())
        ImportStyle::setBanner(m_error, ImportStyle::Banner::Error,
                               tr("This file cannot be imported. %1").arg(preview.error));
    else if (preview.rows.isEmpty() && readable)
        ImportStyle::setBanner(m_error, ImportStyle::Banner::Warning,
                               tr("The file has a header but no rows."));
    else
        ImportStyle::setBanner(m_error, ImportStyle::Banner::Error, QString());

    if (readable) {
        if (const std::optional<ImportKind> guess = guessKind(preview.header)) {
            setKind(*guess);
            m_kindNote->setText(
                tr("From its columns, this looks like %1.").arg(importKindLabel(*guess).toLower()));
        } else {
            m_kindNote->setText(tr("Choose what the file holds; its columns do not say clearly."));
        }
    } else {
        m_kindNote->clear();
    }
    Q_EMIT completeChanged();
}

void ImportFilePage::setDropHighlight(bool on)
{
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor border = on ? accent : palette().color(QPalette::Mid);
    m_dropZone->setStyleSheet(
        QStringLiteral("QFrame#importDropZone { border: 2px dashed %1; border-radius: 8px; %2 }")
            .arg(border.name(), on ? QStringLiteral("background: rgba(%1, %2, %3, 40);")
                                         .arg(accent.red())
                                         .arg(accent.green())
                                         .arg(accent.blue())
                                   : QString()));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void ImportFilePage::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWizardPage::dragLeaveEvent(event);
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_wizard->setFile(path);
}

} // namespace Csm
