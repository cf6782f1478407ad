// Plural messages that lupdate cannot find where they are used (behind a helper that passes
// the count, or in a file its parser does not finish), listed here so that their English
// forms stay in the .ts file. Read by lupdate only, never compiled.
#pragma once

#include <QtGlobal>

namespace Csm::PluralMessages {

inline const char *const commands[] = {
    QT_TRANSLATE_N_NOOP("Csm::Commands", "Remove %n stakeholder(s)"),
    QT_TRANSLATE_N_NOOP("Csm::Commands", "Move %1 and %n dependent task(s)"),
};

} // namespace Csm::PluralMessages
