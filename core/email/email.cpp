#include "email.h"

namespace Csm {

namespace {

QByteArray encodeAddresses(const QStringList &addresses)
{
    QByteArrayList encoded;
    for (const QString &address : addresses)
        encoded.append(QUrl::toPercentEncoding(address.trimmed(), "@"));
    return encoded.join(',');
}

} // namespace

QUrl Email::mailtoUrl() const
{
    QByteArray url = "mailto:" + encodeAddresses(to);
    QByteArrayList query;
    if (!subject.isEmpty())
        query.append("subject=" + QUrl::toPercentEncoding(subject));
    if (!cc.isEmpty())
        query.append("cc=" + encodeAddresses(cc));
    if (!plainText.isEmpty()) {
        QString body = plainText;
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        body.replace(u'\n', QLatin1String("\r\n"));
        query.append("body=" + QUrl::toPercentEncoding(body));
    }
    if (!query.isEmpty())
        url += '?' + query.join('&');
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace Csm
