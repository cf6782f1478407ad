#include "coretestprinting.h"

#include "email/email.h"
#include "email/emailtemplates.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Csm;

namespace {

QSet<QString> placeholders(QStringView text)
{
    QSet<QString> result;
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext())
        result.insert(it.next().captured());
    return result;
}

} // namespace

TEST_CASE("The mailto URL carries recipients, subject, cc and body, percent-encoded")
{
    Email email;
    email.subject = QStringLiteral("Q&A: 50% done? #1 = \"Grüße\" + more");
    email.to = {QStringLiteral("eva.sponsor@northwind.example"),
                QStringLiteral("tom+ops@northwind.example")};
    email.cc = {QStringLiteral("ann.exec@vendor.example"), QStringLiteral("cara@vendor.example")};
    email.plainText = QStringLiteral("Hello everyone,\n\nA & B; C=D, 100%?\n- item\n");

    const QUrl url = email.mailtoUrl();
    REQUIRE(url.isValid());
    CHECK(url.scheme() == QLatin1String("mailto"));
    const QByteArray encoded = url.toEncoded();
    INFO(encoded.toStdString());
    CHECK(encoded.startsWith(
        "mailto:eva.sponsor@northwind.example,tom%2Bops@northwind.example?subject="));
    CHECK_FALSE(encoded.contains(' '));
    CHECK_FALSE(encoded.contains('\n'));
    CHECK(encoded.contains("Q%26A%3A%2050%25%20done%3F%20%231%20%3D%20%22Gr%C3%BC%C3%9Fe%22"));
    CHECK(encoded.contains("&cc=ann.exec@vendor.example,cara@vendor.example&body="));
    CHECK(encoded.contains("Hello%20everyone%2C%0D%0A%0D%0AA%20%26%20B%3B%20C%3DD"));

    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded) == email.subject);
    CHECK(query.queryItemValue(QStringLiteral("cc"), QUrl::FullyDecoded) == email.cc.join(u','));
    QString body = email.plainText;
    body.replace(u'\n', QLatin1String("\r\n"));
    CHECK(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded) == body);
    CHECK(url.path(QUrl::FullyDecoded) == email.to.join(u','));
}

TEST_CASE("A mailto URL leaves out what is empty")
{
    Email email;
    email.to = {QStringLiteral("eva@northwind.example")};
    CHECK(email.mailtoUrl().toEncoded() == "mailto:eva@northwind.example");
    email.subject = QStringLiteral("Hi");
    CHECK(email.mailtoUrl().toEncoded() == "mailto:eva@northwind.example?subject=Hi");
    CHECK(Email().mailtoUrl().toEncoded() == "mailto:");
}

TEST_CASE("Every e-mail template fills every text, with the same placeholders as English")
{
    const QList<const EmailTemplate *> templates = emailTemplates();
    REQUIRE(templates.size() == 3);
    const auto english = emailTemplateTexts(*templates.first());
    CHECK(english.size() == 36);
    for (const EmailTemplate *t : templates) {
        INFO(t->code.toString().toStdString());
        const auto texts = emailTemplateTexts(*t);
        REQUIRE(texts.size() == english.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            INFO(texts[i].first);
            CHECK(QLatin1String(texts[i].first) == QLatin1String(english[i].first));
            CHECK_FALSE(texts[i].second.trimmed().isEmpty());
            CHECK(placeholders(texts[i].second) == placeholders(english[i].second));
        }
    }
}

TEST_CASE("The customer's language picks the template and the locale")
{
    struct Case
    {
        const char *language;
        const char *code;
        const char *locale;
    };
    const QList<Case> cases{
        {"en", "en", "en_US"},    {"de", "de", "de_DE"},    {"DE", "de", "de_DE"},
        {"de-CH", "de", "de_CH"}, {"de_AT", "de", "de_AT"}, {"en-GB", "en", "en_GB"},
        {"fr", "fr", "fr_FR"},    {"fr-CH", "fr", "fr_CH"}, {"fr_CA", "fr", "fr_CA"},
        {"it", "en", "en_US"},    {"pt-BR", "en", "en_US"}, {"", "en", "en_US"},
        {"xx", "en", "en_US"},
    };
    for (const Case &c : cases) {
        INFO(c.language);
        const QString language = QString::fromUtf8(c.language);
        CHECK(emailTemplate(language).code == QLatin1String(c.code));
        CHECK(emailLocale(language).name() == QLatin1String(c.locale));
    }
}

TEST_CASE("E-mails write days as the customer's language does, the French first as 1er")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale french(QLocale::French, QLocale::France);
    const QDate first(2026, 3, 1); // a Sunday
    CHECK(emailDay(english, first) == QLatin1String("March 1, 2026"));
    CHECK(emailDay(english, first, true) == QLatin1String("Sunday, March 1, 2026"));
    CHECK(emailDay(german, first) == QStringLiteral("1. März 2026"));
    CHECK(emailDay(french, first) == QStringLiteral("1er mars 2026"));
    CHECK(emailDay(french, first, true) == QStringLiteral("dimanche 1er mars 2026"));
    CHECK(emailDay(french, QDate(2026, 3, 11)) == QStringLiteral("11 mars 2026"));
    CHECK(emailDay(french, QDate(2026, 3, 21), true) == QStringLiteral("samedi 21 mars 2026"));
}
