// csmw portfolio, run as a user would on the sample portfolio: the summary, JSON and bad usage.
#include "clisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Csm::Test;

TEST_CASE("csmw portfolio prints the metrics against their targets and each customer's alerts")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    const CliResult result = sandbox.csmw({QStringLiteral("portfolio")});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.empty());
    const QString out = QString::fromStdString(result.out);
    CHECK(out.startsWith(QLatin1String("Portfolio of 7 customers as of ")));
    for (const char *line :
         {"Time to kickoff (median)", "Kickoff completion", "Time to first value (median)",
          "Implementation on-time rate", "User adoption 30 days after go-live (mean)",
          "Goal achievement by day 90", "Onboarding completion", "Onboarding satisfaction (1-5)",
          "Onboarding NPS", "Cohorts by signature month", "Northwind Logistics: "})
        CHECK(out.contains(QLatin1String(line)));
    // Each customer shows its health parts; alerts show their kind and reason.
    CHECK(out.count(QLatin1String("Schedule ")) == 7);
    CHECK(
        (out.contains(QLatin1String("[critical] ")) || out.contains(QLatin1String("[warning] "))));
}

TEST_CASE("csmw portfolio --json prints the portfolio with stable keys")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
    const CliResult result =
        sandbox.csmw({QStringLiteral("portfolio"), QStringLiteral("--json"),
                      QStringLiteral("--as-of"), QStringLiteral("2030-01-15")});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.outBytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject json = doc.object();
    CHECK(json.value(QLatin1String("as_of")).toString() == QLatin1String("2030-01-15"));
    CHECK(json.value(QLatin1String("customer_count")).toInt() == 7);
    const QJsonArray metrics = json.value(QLatin1String("metrics")).toArray();
    QStringList keys;
    for (const QJsonValue &m : metrics)
        keys.append(m.toObject().value(QLatin1String("key")).toString());
    CHECK(keys == QStringList{QStringLiteral("time_to_kickoff"),
                              QStringLiteral("kickoff_completion"), QStringLiteral("ttfv"),
                              QStringLiteral("on_time_rate"), QStringLiteral("adoption_30_days"),
                              QStringLiteral("goal_achievement"),
                              QStringLiteral("onboarding_completion"),
                              QStringLiteral("satisfaction"), QStringLiteral("nps")});
    const QJsonArray customers = json.value(QLatin1String("customers")).toArray();
    REQUIRE(customers.size() == 7);
    int alerts = 0;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        CHECK(c.value(QLatin1String("health"))
                  .toObject()
                  .value(QLatin1String("parts"))
                  .toArray()
                  .size() == 5);
        for (const QJsonValue &a : c.value(QLatin1String("alerts")).toArray()) {
            const QJsonObject alert = a.toObject();
            CHECK_FALSE(alert.value(QLatin1String("kind")).toString().isEmpty());
            CHECK_FALSE(alert.value(QLatin1String("reason")).toString().isEmpty());
            CHECK_FALSE(alert.value(QLatin1String("page")).toString().isEmpty());
            CHECK_FALSE(alert.value(QLatin1String("situation")).toString().isEmpty());
            ++alerts;
        }
    }
    CHECK(alerts == json.value(QLatin1String("alert_count")).toInt());
    CHECK(alerts > 0);
}

TEST_CASE("csmw portfolio refuses a bad date and a missing workspace")
{
    CliSandbox sandbox;
    SECTION("a missing workspace")
    {
        const CliResult r = sandbox.csmw({QStringLiteral("portfolio")});
        CHECK(r.exitCode == 1);
        CHECK(r.isOneLineReason());
    }
    SECTION("a bad date")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("sample")}).exitCode == 0);
        const CliResult r = sandbox.csmw(
            {QStringLiteral("portfolio"), QStringLiteral("--as-of"), QStringLiteral("15.01.2030")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("--as-of expects a date as YYYY-MM-DD") != std::string::npos);
    }
}
