#include "reportnotes.h"

#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Report)
};

ReportNote newNote(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                   const QString &section)
{
    ReportNote note;
    note.id = ReportNoteId::create();
    note.meta = ws.newMeta();
    note.customerId = customer;
    note.report = reportKindKey(kind);
    note.section = section;
    return note;
}

} // namespace

const ReportNote *findReportNote(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                                 const QString &section)
{
    const QString report = reportKindKey(kind);
    for (const ReportNote &note : ws.records<ReportNote>(customer)) {
        if (note.report == report && note.section == section)
            return ws.record<ReportNote>(note.id);
    }
    return nullptr;
}

ReportOptions savedReportOptions(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                                 const QLocale &locale)
{
    ReportOptions options;
    options.locale = locale;
    QSet<QString> sections;
    for (const QString &section : reportSectionKeys(kind)) {
        const ReportNote *note = findReportNote(ws, customer, kind, section);
        if (!note || note->included || section == QLatin1String(ReportSectionKey::cover))
            sections.insert(section);
        if (note && !note->commentary.trimmed().isEmpty())
            options.commentary.insert(section, note->commentary);
    }
    options.sections = sections;
    return options;
}

QUndoCommand *makeSetReportSectionIncluded(Workspace *ws, const CustomerId &customer,
                                           ReportKind kind, const QString &section, bool included)
{
    const QString title = reportSectionTitle(kind, section);
    const QString text = included ? ReportText::tr("Include %1 in the report").arg(title)
                                  : ReportText::tr("Leave %1 out of the report").arg(title);
    QUndoCommand *command = nullptr;
    if (const ReportNote *note = findReportNote(*ws, customer, kind, section)) {
        if (note->included == included)
            return nullptr;
        command =
            new ChangeRecordField<ReportNote>(ws, note->id, ReportNoteField::Included, included);
    } else {
        if (included)
            return nullptr;
        ReportNote added = newNote(*ws, customer, kind, section);
        added.included = included;
        command = new AddRecord<ReportNote>(ws, added);
    }
    command->setText(text);
    return command;
}

QUndoCommand *makeSetReportCommentary(Workspace *ws, const CustomerId &customer, ReportKind kind,
                                      const QString &section, const QString &commentary)
{
    const QString text =
        ReportText::tr("Edit the commentary on %1").arg(reportSectionTitle(kind, section));
    QUndoCommand *command = nullptr;
    if (const ReportNote *note = findReportNote(*ws, customer, kind, section)) {
        if (note->commentary == commentary)
            return nullptr;
        command = new ChangeRecordField<ReportNote>(ws, note->id, ReportNoteField::Commentary,
                                                    commentary);
    } else {
        if (commentary.isEmpty())
            return nullptr;
        ReportNote added = newNote(*ws, customer, kind, section);
        added.commentary = commentary;
        command = new AddRecord<ReportNote>(ws, added);
    }
    command->setText(text);
    return command;
}

} // namespace Csm
