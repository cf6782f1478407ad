// An e-mail ready to send: recipients, subject, a plain-text and an HTML body.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Csm {

// The user who writes an e-mail, as set in Preferences: their name and address, each empty when
// not set. The e-mails sign with the address of the person who signs them: the one on their
// stakeholder record, else this one when the user is that person.
struct EmailSender
{
    QString name;
    QString email;

    bool operator==(const EmailSender &) const = default;
};

struct Email
{
    QString subject;
    QStringList to; // bare addresses
    QStringList cc;
    QString plainText; // lines end with "\n"
    QString html;      // a whole document; every value from the file is escaped

    // A mailto: URL with the recipients, the subject, the cc and the plain body, each
    // percent-encoded (RFC 6068: addresses separated by commas, line ends as CR LF), for
    // QDesktopServices::openUrl.
    QUrl mailtoUrl() const;

    bool operator==(const Email &) const = default;
};

} // namespace Csm
