#include "recordcommandtext.h"

#include <QCoreApplication>

namespace Csm {

namespace {

QString named(const QString &text, const QString &name)
{
    // Without a name the sentence loses its placeholder, and the space before it.
    return text.arg(name).simplified();
}

} // namespace

QString addRecordText(RecordKind kind, const QString &name)
{
    switch (kind) {
    case RecordKind::Outcome:
        return named(QCoreApplication::translate("Csm::Commands", "Add outcome %1"), name);
    case RecordKind::Objective:
        return named(QCoreApplication::translate("Csm::Commands", "Add objective %1"), name);
    case RecordKind::Step:
        return named(QCoreApplication::translate("Csm::Commands", "Add step %1"), name);
    case RecordKind::Measurement:
        return named(QCoreApplication::translate("Csm::Commands", "Add measurement %1"), name);
    case RecordKind::Attendee:
        return named(QCoreApplication::translate("Csm::Commands", "Add attendee %1"), name);
    case RecordKind::Action:
        return named(QCoreApplication::translate("Csm::Commands", "Add action %1"), name);
    case RecordKind::Decision:
        return named(QCoreApplication::translate("Csm::Commands", "Add decision %1"), name);
    case RecordKind::Risk:
        return named(QCoreApplication::translate("Csm::Commands", "Add risk %1"), name);
    case RecordKind::Workstream:
        return named(QCoreApplication::translate("Csm::Commands", "Add workstream %1"), name);
    case RecordKind::Task:
        return named(QCoreApplication::translate("Csm::Commands", "Add task %1"), name);
    case RecordKind::Dependency:
        return named(QCoreApplication::translate("Csm::Commands", "Add dependency %1"), name);
    case RecordKind::Gate:
        return named(QCoreApplication::translate("Csm::Commands", "Add gate %1"), name);
    case RecordKind::Criterion:
        return named(QCoreApplication::translate("Csm::Commands", "Add criterion %1"), name);
    case RecordKind::Opportunity:
        return named(QCoreApplication::translate("Csm::Commands", "Add opportunity %1"), name);
    case RecordKind::SurveyResponse:
        return named(QCoreApplication::translate("Csm::Commands", "Add survey response %1"), name);
    case RecordKind::ValueItem:
        return named(QCoreApplication::translate("Csm::Commands", "Add value item %1"), name);
    case RecordKind::ReportNote:
        return named(QCoreApplication::translate("Csm::Commands", "Add report note %1"), name);
    case RecordKind::AlertSnooze:
        return named(QCoreApplication::translate("Csm::Commands", "Snooze alert %1"), name);
    }
    return {};
}

QString removeRecordText(RecordKind kind, const QString &name)
{
    switch (kind) {
    case RecordKind::Outcome:
        return named(QCoreApplication::translate("Csm::Commands", "Remove outcome %1"), name);
    case RecordKind::Objective:
        return named(QCoreApplication::translate("Csm::Commands", "Remove objective %1"), name);
    case RecordKind::Step:
        return named(QCoreApplication::translate("Csm::Commands", "Remove step %1"), name);
    case RecordKind::Measurement:
        return named(QCoreApplication::translate("Csm::Commands", "Remove measurement %1"), name);
    case RecordKind::Attendee:
        return named(QCoreApplication::translate("Csm::Commands", "Remove attendee %1"), name);
    case RecordKind::Action:
        return named(QCoreApplication::translate("Csm::Commands", "Remove action %1"), name);
    case RecordKind::Decision:
        return named(QCoreApplication::translate("Csm::Commands", "Remove decision %1"), name);
    case RecordKind::Risk:
        return named(QCoreApplication::translate("Csm::Commands", "Remove risk %1"), name);
    case RecordKind::Workstream:
        return named(QCoreApplication::translate("Csm::Commands", "Remove workstream %1"), name);
    case RecordKind::Task:
        return named(QCoreApplication::translate("Csm::Commands", "Remove task %1"), name);
    case RecordKind::Dependency:
        return named(QCoreApplication::translate("Csm::Commands", "Remove dependency %1"), name);
    case RecordKind::Gate:
        return named(QCoreApplication::translate("Csm::Commands", "Remove gate %1"), name);
    case RecordKind::Criterion:
        return named(QCoreApplication::translate("Csm::Commands", "Remove criterion %1"), name);
    case RecordKind::Opportunity:
        return named(QCoreApplication::translate("Csm::Commands", "Remove opportunity %1"), name);
    case RecordKind::SurveyResponse:
        return named(QCoreApplication::translate("Csm::Commands", "Remove survey response %1"),
                     name);
    case RecordKind::ValueItem:
        return named(QCoreApplication::translate("Csm::Commands", "Remove value item %1"), name);
    case RecordKind::ReportNote:
        return named(QCoreApplication::translate("Csm::Commands", "Remove report note %1"), name);
    case RecordKind::AlertSnooze:
        return named(QCoreApplication::translate("Csm::Commands", "Bring back alert %1"), name);
    }
    return {};
}

} // namespace Csm
