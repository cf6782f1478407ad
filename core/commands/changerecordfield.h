#pragma once

#include "changefield.h"
#include "commandids.h"
#include "domain/record.h"

namespace Csm {

template<typename R> struct RecordFieldChange
{
    using Record = R;
    using Id = typename RecordTraits<R>::Id;
    using Field = typename RecordTraits<R>::Field;
    static constexpr int MergeId = CommandId::ChangeRecordField + int(RecordTraits<R>::kind);

    static const R *find(const Workspace &ws, const Id &id) { return ws.record<R>(id); }
    static bool update(Workspace &ws, const R &r) { return ws.updateRecord(r); }
    static void set(R &r, Field f, const QVariant &v) { setRecordValue(r, f, v); }
    static QString label(Field f) { return recordFieldLabel<R>(f); }
    static QString name(const R &r)
    {
        // The first text field names the record in the undo history ("Change owner of Kickoff
        // recap").
        return recordValue(r, Field(0)).toString();
    }
};

// Changes one field of any customer record; see ChangeField.
template<typename R> using ChangeRecordField = ChangeField<RecordFieldChange<R>>;

} // namespace Csm
