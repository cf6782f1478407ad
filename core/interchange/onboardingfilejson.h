// The JSON interchange format of one customer's onboarding file (see README.md beside it).
#pragma once

#include "domain/onboardingfile.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

#include <optional>

namespace Csm {

constexpr const char *OnboardingFileFormat = "csm-workspace/onboarding-file";
// Version 2 added the kickoff, success plan and governance records; version 1 files read with
// those empty and the kickoff fields at their defaults. Version 3 added the implementation
// plan; version 2 files read without one. Version 4 added seats, the activation event and the
// objective's usage metric; version 3 files read with them empty. Version 5 added the
// whitespace opportunities, survey responses, value items and the graduation checklist;
// version 4 files read with none and the checklist at its defaults. Version 6 added the report
// notes (sections chosen and commentary); version 5 files read with none.
constexpr int OnboardingFileFormatVersion = 7;

// Serialises with sorted keys and stable record order, so the same file always gives the
// same bytes.
QByteArray onboardingFileToJson(const OnboardingFile &file);

// Parses and checks a file. On failure returns nothing and sets `error` to where and what:
// "line 3, column 7: ..." for syntax, "customer.signature_date: ..." for content.
std::optional<OnboardingFile> onboardingFileFromJson(const QByteArray &json, QString *error);

// Where JSON that does not parse goes wrong, as "line 3, column 7: ..." (columns count
// characters); for every JSON file the application reads.
QString jsonSyntaxError(const QByteArray &json, const QJsonParseError &parseError);

} // namespace Csm
