#include "aboutdialog.h"

#include "workspace/componentversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Csm {

namespace {

QString readLicence()
{
    QFile file(QStringLiteral(":/about/LICENSE"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QLabel *selectableLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_licence(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("&Copy version information")))
{
    setWindowTitle(tr("About CSM Workspace"));

    auto *icon = new QLabel;
    QIcon appIcon = QApplication::windowIcon();
    if (appIcon.isNull())
        appIcon = QIcon(QStringLiteral(":/icons/csm-workspace.svg"));
    icon->setPixmap(appIcon.pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("CSM Workspace"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *version = selectableLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    auto *description =
        new QLabel(tr("The offline workspace for B2B customer onboardings: from the signed "
                      "contract to the customer's first real value. Every customer's "
                      "onboarding file stays on this computer until you share it."));
    description->setWordWrap(true);
    auto *copyright = new QLabel(tr("Copyright © 2026 The CSM Workspace authors. Free software "
                                    "under the MIT License."));
    copyright->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(description);
    text->addWidget(copyright);
    text->addStretch(1);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addSpacing(12);
    header->addLayout(text, 1);

    auto *components = new QWidget;
    auto *form = new QFormLayout(components);
    const QList<ComponentVersion> versions = componentVersions();
    form->addRow(tr("Qt:"), selectableLabel(tr("%1 (built with %2)")
                                                .arg(versions.value(0).version,
                                                     QStringLiteral(QT_VERSION_STR))));
    for (qsizetype i = 1; i < versions.size(); ++i)
        form->addRow(versions.at(i).name + QLatin1Char(':'),
                     selectableLabel(versions.at(i).version));
    form->addRow(tr("System:"), selectableLabel(QSysInfo::prettyProductName()));
    auto *workspace = selectableLabel(workspacePath.isEmpty() ? tr("None open") : workspacePath);
    workspace->setWordWrap(true);
    form->addRow(tr("Workspace:"), workspace);

    m_licence->setReadOnly(true);
    m_licence->setPlainText(readLicence());
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->setAccessibleName(tr("Licence"));

    auto *tabs = new QTabWidget;
    tabs->addTab(components, tr("&Components"));
    tabs->addTab(m_licence, tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(versionReport());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy,
                           [this] { m_copy->setText(tr("&Copy version information")); });
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString AboutDialog::versionReport() const
{
    // Not translated: it goes into bug reports, which the maintainers read in English.
    QStringList lines{
        QStringLiteral("CSM Workspace %1").arg(QCoreApplication::applicationVersion())};
    const QList<ComponentVersion> versions = componentVersions();
    for (const ComponentVersion &component : versions)
        lines.append(QStringLiteral("%1 %2").arg(component.name, component.version));
    lines.append(QStringLiteral("Qt built: %1").arg(QStringLiteral(QT_VERSION_STR)));
    lines.append(QStringLiteral("System: %1 (%2)")
                     .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()));
    lines.append(QStringLiteral("Platform: %1").arg(QGuiApplication::platformName()));
    lines.append(QStringLiteral("Language: %1").arg(QLocale().name()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Csm
