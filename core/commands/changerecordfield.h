#pragma once

#include "changefield.h"
#include "commandids.h"
#include "domain/record.h"
#include "recordcommandtext.h"

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
    // "Change owner of Send SSO metadata"; see recordName.
    static QString name(const Workspace &ws, const R &r) { return recordName(ws, r); }
};

// Changes one field of any customer record; see ChangeField.
template<typename R> using ChangeRecordField = ChangeField<RecordFieldChange<R>>;

} // namespace Csm
