// Ids that let QUndoStack merge repeated edits of the same field.
#pragma once

namespace Csm::CommandId {
enum : int {
    ChangeCustomerField = 1,
    ChangeStakeholderField,
    ChangeRecordField, // plus the RecordKind
};
} // namespace Csm::CommandId
