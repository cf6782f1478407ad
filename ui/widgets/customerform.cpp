#include "customerform.h"

#include "commands/changecustomerfield.h"
#include "handoff/validation.h"
#include "widgets/countspinbox.h"
#include "widgets/markdowneditor.h"
#include "widgets/optionaldateedit.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Csm {

namespace {

struct Language
{
    const char *code;
    const char *name;
};

constexpr Language kLanguages[] = {
    {"en", "English"},  {"de", "Deutsch"},    {"fr", "Français"},  {"es", "Español"},
    {"it", "Italiano"}, {"nl", "Nederlands"}, {"pt", "Português"},
};

} // namespace

CustomerForm::CustomerForm(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::customerChanged, this, [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    });
}

bool CustomerForm::isRequired(CustomerField field)
{
    return field == CustomerField::AccountName || field == CustomerField::SignatureDate ||
           field == CustomerField::CsmOwner;
}

void CustomerForm::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    refresh();
}

QWidget *CustomerForm::editor(CustomerField field) const
{
    return m_bindings.value(int(field)).editor;
}

QLabel *CustomerForm::errorLabel(CustomerField field) const
{
    return m_bindings.value(int(field)).error;
}

void CustomerForm::bind(CustomerField field, QWidget *editor, QLabel *error)
{
    m_bindings.insert(int(field), {editor, error});
    if (auto *notes = qobject_cast<MarkdownEditor *>(editor))
        connect(notes, &MarkdownEditor::markdownEdited, this,
                [this, field](const QString &text) { edit(field, text); });
}

QWidget *CustomerForm::createEditor(CustomerField field)
{
    const CustomerFieldSpec &spec = customerFieldSpec(field);
    switch (spec.kind) {
    case FieldKind::Enum: {
        auto *combo = new QComboBox;
        std::visit(
            [combo](auto ptr) {
                using T = std::remove_cvref_t<decltype(Customer().*ptr)>;
                if constexpr (std::is_enum_v<T>) {
                    for (int i = 0; i < enumCount<T>(); ++i)
                        combo->addItem(enumDisplayName(T(i)), i);
                }
            },
            spec.member);
        connect(combo, &QComboBox::activated, this,
                [this, field, combo](int) { edit(field, combo->currentData()); });
        return combo;
    }
    case FieldKind::Bool: {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::clicked, this,
                [this, field](bool checked) { edit(field, checked); });
        return check;
    }
    case FieldKind::Money:
    case FieldKind::Integer: {
        auto *spin = field == CustomerField::TermMonths
                         ? new CountSpinBox(CountSpinBox::Unit::Months)
                         : new QSpinBox;
        if (spec.kind == FieldKind::Money) {
            spin->setRange(0, 2000000000);
            spin->setGroupSeparatorShown(true);
            spin->setSingleStep(1000);
        } else if (field == CustomerField::TermMonths) {
            spin->setRange(1, 120);
        } else if (field == CustomerField::KickoffDurationMinutes) {
            spin->setRange(0, 480);
            spin->setSingleStep(15);
            spin->setSuffix(tr(" min"));
        } else {
            spin->setRange(0, 168);
            spin->setSuffix(tr(" h/week"));
        }
        spin->setMaximumWidth(200);
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int value) {
            if (!m_refreshing)
                edit(field, qint64(value));
        });
        return spin;
    }
    case FieldKind::Date: {
        auto *date = new OptionalDateEdit;
        connect(date, &OptionalDateEdit::dateEdited, this,
                [this, field](const QDate &value) { edit(field, value); });
        return date;
    }
    case FieldKind::LongText: {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 14);
        connect(text, &QPlainTextEdit::textChanged, this, [this, field, text] {
            if (!m_refreshing)
                edit(field, text->toPlainText());
        });
        return text;
    }
    case FieldKind::Text:
    case FieldKind::Email:
    case FieldKind::Number:
    case FieldKind::Reference:
        break;
    }
    if (field == CustomerField::Language) {
        auto *combo = new QComboBox;
        for (const Language &language : kLanguages)
            combo->addItem(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(language.name),
                                                         QLatin1String(language.code)),
                           QLatin1String(language.code));
        connect(combo, &QComboBox::activated, this,
                [this, field, combo](int) { edit(field, combo->currentData()); });
        return combo;
    }
    auto *line = new QLineEdit;
    if (field == CustomerField::Currency) {
        line->setMaxLength(3);
        line->setMaximumWidth(80);
        connect(line, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edit(field, text.toUpper()); });
    } else {
        connect(line, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edit(field, text); });
    }
    return line;
}

QWidget *CustomerForm::createRow(CustomerField field)
{
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QWidget *editor = createEditor(field);
    editor->setObjectName(QLatin1String(customerFieldSpec(field).key));
    editor->setAccessibleName(customerFieldLabel(field));
    auto *error = new QLabel;
    error->setObjectName(QLatin1String(customerFieldSpec(field).key) + QStringLiteral("_error"));
    error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(editor);
    layout->addWidget(error);
    m_bindings.insert(int(field), {editor, error});
    return row;
}

QGroupBox *CustomerForm::createGroup(const QString &title,
                                     std::initializer_list<CustomerField> fields)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (CustomerField field : fields) {
        QString label = customerFieldLabel(field);
        if (isRequired(field))
            label += QStringLiteral(" *");
        auto *caption = new QLabel(label);
        QWidget *row = createRow(field);
        caption->setBuddy(editor(field));
        form->addRow(caption, row);
    }
    return group;
}

void CustomerForm::edit(CustomerField field, const QVariant &value)
{
    if (m_refreshing || m_customer.isNull())
        return;
    m_workspace->undoStack()->push(new ChangeCustomerField(m_workspace, m_customer, field, value));
}

void CustomerForm::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    m_refreshing = true;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
        refreshEditor(CustomerField(it.key()), *customer);
    m_refreshing = false;

    QHash<int, QStringList> problems;
    for (const CustomerProblem &problem : validateCustomer(*customer))
        problems[int(problem.field)].append(problem.message);
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (!it->error)
            continue;
        const QStringList messages = problems.value(it.key());
        it->error->setText(messages.join(QLatin1Char(' ')));
        it->error->setVisible(!messages.isEmpty());
    }
    Q_EMIT refreshed();
}

void CustomerForm::refreshEditor(CustomerField field, const Customer &customer)
{
    QWidget *editor = m_bindings.value(int(field)).editor;
    if (!editor)
        return;
    const QVariant value = customerValue(customer, field);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value.toString()) {
            line->setText(value.toString());
            // Show the start of long text in fields the user is not typing in.
            if (!line->hasFocus())
                line->setCursorPosition(0);
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value.toString()) {
            const int position = text->textCursor().position();
            text->setPlainText(value.toString());
            QTextCursor cursor = text->textCursor();
            cursor.setPosition(qMin(position, int(value.toString().size())));
            text->setTextCursor(cursor);
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value);
        if (index >= 0 && combo->currentIndex() != index)
            combo->setCurrentIndex(index);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        if (check->isChecked() != value.toBool())
            check->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        if (spin->value() != value.toLongLong())
            spin->setValue(int(value.toLongLong()));
    } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
        if (date->date() != value.toDate() || !date->hasAcceptableInput())
            date->setDate(value.toDate());
    } else if (auto *notes = qobject_cast<MarkdownEditor *>(editor)) {
        notes->setMarkdown(value.toString());
    }
}

} // namespace Csm
