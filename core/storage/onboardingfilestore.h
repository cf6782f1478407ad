// Writes a customer's whole onboarding file (customer, stakeholders, records, tombstones) into
// a database: the workspace's own, or a shared file's.
#pragma once

#include "domain/onboardingfile.h"

#include <QSqlDatabase>

namespace Csm {

// Inserts every row of `file` on `db`, inside the caller's transaction. Returns the first
// error, or an empty string.
QString storeOnboardingFile(const QSqlDatabase &db, const OnboardingFile &file);

} // namespace Csm
