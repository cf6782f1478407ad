// Writes a product-usage export as CSV, as a product-analytics tool gives it to a CSM: the
// columns user_email,user_role,event,feature,timestamp,duration_s, a few heavy users and a
// long tail, logins, feature use and the occasional "report_shared". With `badEvery` K, every
// K-th row is invalid in one of five ways (missing e-mail, unreadable time, negative duration,
// unknown role, a column short). Deterministic for a given seed, and fast enough to make a
// million rows in well under a second, so tests and the benchmark need no outside tool.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace Csm::Test {

class UsageCsvGenerator
{
public:
    explicit UsageCsvGenerator(std::uint64_t seed = 7)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
    {}

    // Writes the header and `rows` rows to `path`; false when the file cannot be written.
    bool write(const QString &path, qint64 rows, qint64 badEvery = 0, int users = 250,
               int days = 90)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        static constexpr std::array roles{"end_user", "end_user", "end_user", "end_user",
                                          "end_user", "end_user", "end_user", "end_user",
                                          "admin",    "manager"};
        static constexpr std::array features{
            "dashboard", "pipeline_view", "forecast", "report_builder", "alerts", "export", "api"};
        std::vector<int> userRole(static_cast<size_t>(users));
        std::vector<double> keenness(static_cast<size_t>(users));
        for (int u = 0; u < users; ++u) {
            userRole[size_t(u)] = int(next() % roles.size());
            keenness[size_t(u)] = uniform();
        }
        QByteArray buffer = "user_email,user_role,event,feature,timestamp,duration_s\r\n";
        char line[256];
        for (qint64 i = 0; i < rows; ++i) {
            const int user = std::min(users - 1, int(std::pow(uniform(), 1.6) * users));
            const int day =
                std::min(days - 1, int(std::pow(uniform(), 0.5 + keenness[size_t(user)]) * days));
            const int second = 8 * 3600 + int(next() % (11 * 3600));
            const int pick = int(next() % 14); // 5 logins, 8 feature uses, 1 report shared
            const char *event = pick < 5 ? "login" : pick < 13 ? "feature_used" : "report_shared";
            const char *feature = pick < 5 ? "" : features[next() % features.size()];
            const int duration = 5 + int(next() % 1795);

            char email[64];
            std::snprintf(email, sizeof email, "user%05d@customer.example", user);
            const char *role = roles[size_t(userRole[size_t(user)])];
            char timestamp[32];
            // Days from 2026-01-05, in the first quarter of 2026: January 5 + day.
            const int dayOfYear = 4 + day; // 0-based: January 1 is 0
            const std::array monthDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int month = 0;
            int rest = dayOfYear;
            while (rest >= monthDays[size_t(month)]) {
                rest -= monthDays[size_t(month)];
                ++month;
            }
            std::snprintf(timestamp, sizeof timestamp, "2026-%02d-%02dT%02d:%02d:%02d", month + 1,
                          rest + 1, second / 3600, second / 60 % 60, second % 60);
            char durationText[16];
            std::snprintf(durationText, sizeof durationText, "%d", duration);

            const bool bad = badEvery > 0 && i % badEvery == badEvery - 1;
            const int how = bad ? int(next() % 5) : -1;
            const char *emailField = how == 0 ? "" : email;
            const char *roleField = how == 3 ? "superuser" : role;
            const char *timeField = how == 1 ? "yesterday" : timestamp;
            const char *durationField = how == 2 ? "-3" : durationText;
            const int length =
                how == 4 ? std::snprintf(line, sizeof line, "%s,%s,%s,%s,%s\r\n", emailField,
                                         roleField, event, feature, timeField)
                         : std::snprintf(line, sizeof line, "%s,%s,%s,%s,%s,%s\r\n", emailField,
                                         roleField, event, feature, timeField, durationField);
            buffer.append(line, length);
            if (buffer.size() > (1 << 20)) {
                if (file.write(buffer) != buffer.size())
                    return false;
                buffer.clear();
            }
        }
        return file.write(buffer) == buffer.size() && file.flush();
    }

private:
    // splitmix64: small, fast and the same on every platform.
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    std::uint64_t m_state;
};

} // namespace Csm::Test
