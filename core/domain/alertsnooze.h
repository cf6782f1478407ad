// A portfolio alert the CSM has seen and put aside, with a note saying why. It silences the
// alert only while the facts that made it fire stay the same (its situation) and, when a date
// is given, until that day: once either changes the alert shows again. Kept with the customer,
// so a colleague taking the onboarding file over sees what was already dealt with.
#pragma once

#include "record.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Csm {

struct AlertSnooze
{
    AlertSnoozeId id;
    CustomerId customerId;
    QString alert;     // the alert kind's key ("silent_stall"; see portfolio/alerts.h)
    QString situation; // the alert's situation when it was snoozed
    QString note;
    QDate until; // the last day it stays snoozed; invalid: until the situation changes
    RecordMeta meta;
    bool operator==(const AlertSnooze &) const = default;
};

enum class AlertSnoozeField { Alert, Situation, Note, Until };

template<> struct RecordTraits<AlertSnooze>
{
    using Id = AlertSnoozeId;
    using Field = AlertSnoozeField;
    static constexpr RecordKind kind = RecordKind::AlertSnooze;
    static constexpr const char *entity = "alert_snooze";
    static constexpr const char *table = "alert_snoozes";
    static constexpr const char *jsonKey = "alert_snoozes";
    static constexpr const char *context = "Csm::AlertSnooze";
    static std::span<const FieldSpec<AlertSnooze, Field>> fields();
};

} // namespace Csm
