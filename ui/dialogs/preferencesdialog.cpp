#include "preferencesdialog.h"

#include "commands/changeworkspacesetting.h"
#include "portfoliosettingseditor.h"
#include "views/timeline/holidayseditor.h"
#include "widgets/pagewidgets.h"
#include "workspace/applicationidentity.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Csm {

namespace {

// A language's name in that language, with a capital first letter ("Deutsch", "Français").
QString nativeName(const QString &language)
{
    // Qt names English after a country ("American English").
    if (language.startsWith(QLatin1String("en")))
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QSpinBox *moneyBox(qint64 value)
{
    auto *box = new QSpinBox;
    box->setRange(0, 1000000000);
    box->setSingleStep(1000);
    box->setGroupSeparatorShown(true);
    box->setValue(int(value));
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(Workspace *workspace, const UserPreferences &preferences,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pageList(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Preferences"));
    m_pageList->setAccessibleName(tr("Preference pages"));
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setSpacing(2);

    addPage(tr("General"), createGeneralPage(preferences));
    if (m_workspace) {
        addPage(tr("Defaults and tiers"), createDefaultsPage());

        auto *portfolioPage = new QWidget;
        m_portfolio = new PortfolioSettingsEditor(m_workspace);
        auto *restore = new QPushButton(tr("Restore &defaults"));
        restore->setToolTip(tr("Show the thresholds and targets of the onboarding playbooks"));
        auto *restoreRow = new QHBoxLayout;
        restoreRow->addStretch();
        restoreRow->addWidget(restore);
        auto *portfolioLayout = new QVBoxLayout(portfolioPage);
        portfolioLayout->setContentsMargins(0, 0, 0, 0);
        portfolioLayout->addWidget(m_portfolio, 1);
        portfolioLayout->addLayout(restoreRow);
        connect(restore, &QPushButton::clicked, m_portfolio,
                &PortfolioSettingsEditor::restoreDefaults);
        addPage(tr("Thresholds and targets"), portfolioPage);

        m_holidays = new HolidaysEditor(m_workspace->settings().holidays, m_workspace->today());
        addPage(tr("Holidays"), m_holidays);
    }

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pageList->setCurrentRow(0);
    // As wide as the longest page title in the user's language.
    m_pageList->setFixedWidth(
        std::max(160, m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 16));
    resize(860, 640);
    validate();
}

void PreferencesDialog::addPage(const QString &title, QWidget *page)
{
    m_pageList->addItem(title);
    m_pages->addWidget(page);
}

QWidget *PreferencesDialog::createGeneralPage(const UserPreferences &preferences)
{
    auto *page = new QWidget;

    auto *you = new QGroupBox(tr("You"));
    m_name = new QLineEdit(preferences.name);
    m_name->setPlaceholderText(defaultAuthorName());
    m_name->setAccessibleName(tr("Your name"));
    m_email = new QLineEdit(preferences.email);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("Your e-mail address"));
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_name);
    youForm->addRow(tr("&E-mail:"), m_email);
    youForm->addRow(hintLabel(
        tr("Recorded as the author of what you create and change, so colleagues who receive a "
           "shared file see who did what, and used to sign the e-mails you write here.")));

    auto *languageGroup = new QGroupBox(tr("Language"));
    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Interface language"));
    const QString systemLanguage = QLocale::system().language() == QLocale::C
                                       ? QString()
                                       : nativeName(QLocale::system().name());
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system")
                                                 : tr("As the system (%1)").arg(systemLanguage),
                        QString());
    for (const QString &language : interfaceLanguages())
        m_language->addItem(nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    auto *languageForm = new QFormLayout(languageGroup);
    languageForm->addRow(tr("&Interface:"), m_language);
    languageForm->addRow(hintLabel(tr("Menus, pages, reports and e-mail templates, with dates "
                                      "and numbers written as in that language. Takes effect "
                                      "the next time CSM Workspace starts.")));

    auto *workspaceGroup = new QGroupBox(tr("Workspace"));
    m_workspacePath = new QLineEdit(preferences.workspacePath);
    m_workspacePath->setPlaceholderText(QDir::toNativeSeparators(defaultWorkspacePath()));
    m_workspacePath->setAccessibleName(tr("Workspace that opens at start"));
    m_workspacePath->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("&Choose…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_workspacePath, 1);
    pathRow->addWidget(choose);
    auto *workspaceForm = new QFormLayout(workspaceGroup);
    auto *pathLabel = new QLabel(tr("&Open at start:"));
    pathLabel->setBuddy(m_workspacePath);
    workspaceForm->addRow(pathLabel, pathRow);
    QString current;
    if (m_workspace)
        current =
            tr(" The one open now is %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(m_workspace->path()).absoluteFilePath()));
    workspaceForm->addRow(hintLabel(tr("The workspace file holds your whole portfolio. Leave it "
                                       "empty for the default location; a file that does not "
                                       "exist yet is created with a sample portfolio.") +
                                    current));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseWorkspace);
    connect(m_email, &QLineEdit::textChanged, this, &PreferencesDialog::validate);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(you);
    layout->addWidget(languageGroup);
    layout->addWidget(workspaceGroup);
    layout->addStretch();
    return page;
}

QWidget *PreferencesDialog::createDefaultsPage()
{
    const WorkspaceSettings &settings = m_workspace->settings();
    auto *page = new QWidget;

    auto *newCustomers = new QGroupBox(tr("New customers and value items"));
    m_currency = new QComboBox;
    m_currency->setEditable(true);
    m_currency->setAccessibleName(tr("Default currency"));
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("CHF"), QStringLiteral("SEK"), QStringLiteral("DKK"),
                          QStringLiteral("NOK"), QStringLiteral("PLN"), QStringLiteral("CAD"),
                          QStringLiteral("AUD"), QStringLiteral("JPY")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setCurrentText(settings.defaultCurrency);
    m_hourlyRate = new QSpinBox;
    m_hourlyRate->setRange(0, 100000);
    m_hourlyRate->setValue(int(settings.defaultHourlyRate));
    m_hourlyRate->setAccessibleName(tr("Default hourly rate"));
    m_hourlyRate->setSuffix(tr(" per hour"));
    auto *defaultsForm = new QFormLayout(newCustomers);
    defaultsForm->addRow(tr("&Currency:"), m_currency);
    defaultsForm->addRow(tr("&Hourly rate:"), m_hourlyRate);
    defaultsForm->addRow(hintLabel(tr("A new customer starts in this currency (an ISO 4217 code). "
                                      "A customer's first value item values hours saved at this "
                                      "rate, in the customer's currency; later items take the "
                                      "rate of the one before.")));

    auto *tiers = new QGroupBox(tr("Tiers by annual recurring revenue"));
    m_highTouch = moneyBox(settings.highTouchArrAbove);
    m_highTouch->setAccessibleName(tr("High-touch enterprise above this ARR"));
    m_hybrid = moneyBox(settings.hybridArrFrom);
    m_hybrid->setAccessibleName(tr("Hybrid mid-market from this ARR"));
    auto *tierForm = new QFormLayout(tiers);
    tierForm->addRow(tr("High-touch &enterprise above:"), m_highTouch);
    tierForm->addRow(tr("Hybrid &mid-market from:"), m_hybrid);
    tierForm->addRow(hintLabel(tr("Below that: digital-first. The tier proposed for a new "
                                  "customer follows its ARR; customers keep the tier they have.")));
    connect(m_currency, &QComboBox::currentTextChanged, this, &PreferencesDialog::validate);
    connect(m_highTouch, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);
    connect(m_hybrid, &QSpinBox::valueChanged, this, &PreferencesDialog::validate);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(newCustomers);
    layout->addWidget(tiers);
    layout->addStretch();
    return page;
}

void PreferencesDialog::chooseWorkspace()
{
    const QString start = m_workspacePath->text().trimmed().isEmpty()
                              ? defaultWorkspacePath()
                              : m_workspacePath->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Workspace That Opens at Start"),
                                                      start, tr("CSM workspaces (*.csmw)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_workspacePath->setText(QDir::toNativeSeparators(path));
}

QString PreferencesDialog::problem() const
{
    const QString email = m_email->text().trimmed();
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !address.match(email).hasMatch())
        return tr("The e-mail address \"%1\" is not complete: it needs a name, an @ and a domain.")
            .arg(email);
    if (m_currency && m_currency->currentText().trimmed().size() != 3)
        return tr("The currency needs a three-letter code, such as EUR or USD.");
    if (m_hybrid && m_hybrid->value() > m_highTouch->value())
        return tr("Hybrid mid-market starts above high-touch enterprise: lower it to %1 or "
                  "less.")
            .arg(QLocale().toString(m_highTouch->value()));
    return {};
}

void PreferencesDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

UserPreferences PreferencesDialog::preferences() const
{
    UserPreferences preferences;
    preferences.name = m_name->text().trimmed();
    preferences.email = m_email->text().trimmed();
    preferences.language = m_language->currentData().toString();
    preferences.workspacePath = QDir::fromNativeSeparators(m_workspacePath->text().trimmed());
    return preferences;
}

bool PreferencesDialog::applyWorkspaceChanges()
{
    if (!m_workspace || !problem().isEmpty())
        return false;
    auto command = std::make_unique<QUndoCommand>(tr("Change preferences"));
    const WorkspaceSettings &stored = m_workspace->settings();
    bool changed = false;
    auto change = [&](const char *key, const QString &value, bool differs) {
        if (!differs)
            return;
        new ChangeWorkspaceSetting(m_workspace, QLatin1String(key), value, command->text(),
                                   command.get());
        changed = true;
    };
    const QString currency = m_currency->currentText().trimmed().toUpper();
    change(WorkspaceSettings::defaultCurrencyKey, currency, currency != stored.defaultCurrency);
    change(WorkspaceSettings::defaultHourlyRateKey, QString::number(m_hourlyRate->value()),
           m_hourlyRate->value() != stored.defaultHourlyRate);
    change(WorkspaceSettings::highTouchArrAboveKey, QString::number(m_highTouch->value()),
           m_highTouch->value() != stored.highTouchArrAbove);
    change(WorkspaceSettings::hybridArrFromKey, QString::number(m_hybrid->value()),
           m_hybrid->value() != stored.hybridArrFrom);
    const QString holidays = WorkspaceSettings::holidaysValue(m_holidays->holidays());
    change(WorkspaceSettings::holidaysKey, holidays,
           holidays != WorkspaceSettings::holidaysValue(stored.holidays));
    changed = m_portfolio->addChanges(command.get()) || changed;
    if (!changed)
        return false;
    m_workspace->undoStack()->push(command.release());
    return true;
}

} // namespace Csm
