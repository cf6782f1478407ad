#include "sampleusage.h"

#include "adoption/usageimporter.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <array>

namespace Csm {

namespace {

// How one sample customer uses the product.
struct Profile
{
    const char *account;
    double rosterShare;   // of the seats, users on the roster
    double everActive;    // of the roster, users who ever log in
    int rampDays;         // days after go-live over which users start
    int stoppedDaysAgo;   // usage ends this many days before today (a stall); 0: ongoing
    double dailyChance;   // chance a started user is active on a working day
    double activation;    // chance an active user shares a report on an active day
    double trainingShare; // of the roster, users who took their course
};

constexpr std::array kProfiles{
    Profile{"Alpine Manufacturing", 0.9, 0.62, 10, 0, 0.55, 0.05, 0.45},
    Profile{"Brightleaf Retail", 0.95, 0.45, 6, 12, 0.35, 0.02, 0.3},
    Profile{"Cobalt Analytics", 1.0, 0.95, 4, 0, 0.7, 0.08, 0.9},
    Profile{"Maple & Finch Legal", 0.95, 0.9, 14, 0, 0.65, 0.07, 0.85},
};

// A small deterministic generator (xorshift), seeded from the account name.
class Random
{
public:
    explicit Random(const QString &seed)
    {
        for (const QChar c : seed)
            m_state = (m_state ^ c.unicode()) * 0x100000001b3ULL;
    }
    double next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return double(m_state >> 11) / double(1ULL << 53);
    }
    int below(int n) { return int(next() * n); }

private:
    quint64 m_state = 0xcbf29ce484222325ULL;
};

const std::array<const char *, 6> kFeatures{"dashboard",      "pipeline_view", "forecast",
                                            "report_builder", "alerts",        "export"};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int addSampleUsage(Workspace *workspace)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    const QDate today = workspace->today();
    int added = 0;
    for (const Profile &p : kProfiles) {
        const QString account = QString::fromUtf8(p.account);
        const std::optional<CustomerId> id = workspace->findCustomer(account);
        if (!id)
            continue;
        const Customer *customer = workspace->customer(*id);
        if (!customer || !customer->goLiveDate.isValid() || customer->goLiveDate > today ||
            !workspace->usageImports(*id).isEmpty())
            continue;
        Random random(account);
        const int seats = customer->licensedSeats > 0 ? int(customer->licensedSeats) : 20;
        const int users = std::max(3, int(seats * p.rosterShare));
        const QDate goLive = customer->goLiveDate;
        const QDate last = today.addDays(-p.stoppedDaysAgo);
        const QString domain = account.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('&')) +
                               QStringLiteral(".example");

        QByteArray roster = "email,role,seat_start\n";
        QByteArray training = "email,course,completed_on,passed\n";
        QByteArray usage = "user_email,user_role,event,feature,timestamp,duration_s\n";
        for (int u = 0; u < users; ++u) {
            const char *role = u % 15 == 0 ? "admin" : u % 8 == 3 ? "manager" : "end_user";
            const QByteArray email = QStringLiteral("user%1@%2")
                                         .arg(u + 1, 3, 10, QLatin1Char('0'))
                                         .arg(domain)
                                         .toUtf8();
            roster +=
                email + ',' + role + ',' + goLive.addDays(-7).toString(Qt::ISODate).toUtf8() + '\n';
            if (random.next() < p.trainingShare) {
                const char *course = qstrcmp(role, "admin") == 0     ? "Admin essentials"
                                     : qstrcmp(role, "manager") == 0 ? "Manager dashboards"
                                                                     : "Getting started";
                const QDate done = std::min(last, goLive.addDays(random.below(20) - 3));
                training += email + ',' + course + ',' + done.toString(Qt::ISODate).toUtf8() + ',' +
                            (random.next() < 0.9 ? "yes" : "no") + '\n';
            }
            if (random.next() >= p.everActive && qstrcmp(role, "admin") != 0)
                continue;
            const double keen = 0.5 + random.next();
            const QDate start =
                goLive.addDays(qstrcmp(role, "admin") == 0 ? -3 : random.below(p.rampDays + 1));
            for (QDate day = start; day <= last; day = day.addDays(1)) {
                const double weekend = day.dayOfWeek() >= 6 ? 0.1 : 1.0;
                // Users settle in over the first weeks: more likely to come back later.
                const double settling = std::min(1.0, 0.6 + 0.02 * start.daysTo(day));
                if (random.next() > p.dailyChance * keen * weekend * settling)
                    continue;
                int seconds = 8 * 3600 + random.below(9 * 3600);
                auto event = [&](const char *name, const char *feature, int duration) {
                    const QDateTime at(day, QTime(0, 0).addSecs(seconds), QTimeZone::utc());
                    usage += email + ',' + role + ',' + name + ',' + feature + ',' +
                             at.toString(Qt::ISODate).toUtf8() + ',' +
                             QByteArray::number(duration) + '\n';
                    seconds += duration + random.below(300);
                };
                event("login", "", 5 + random.below(20));
                const int features = 1 + random.below(4);
                for (int i = 0; i < features; ++i) {
                    const int f =
                        std::min(int(kFeatures.size()) - 1, int(random.next() * random.next() * 7));
                    event("feature_used", kFeatures.at(size_t(f)), 30 + random.below(900));
                }
                if (random.next() < p.activation * keen)
                    event("report_shared", "report_builder", 20 + random.below(120));
            }
        }

        bool ok = true;
        const struct
        {
            ImportKind kind;
            const char *name;
            const QByteArray &bytes;
        } files[] = {{ImportKind::Roster, "roster.csv", roster},
                     {ImportKind::Training, "training.csv", training},
                     {ImportKind::Usage, "usage.csv", usage}};
        for (const auto &file : files) {
            const QString path = dir.filePath(QString::fromUtf8(file.name));
            if (!writeFile(path, file.bytes)) {
                ok = false;
                break;
            }
            ImportOptions options;
            options.customer = *id;
            options.kind = file.kind;
            options.mapping = guessMapping(file.kind, previewImportFile(path, 1).header);
            options.author = workspace->author();
            options.importedAt = workspace->now();
            ok = ok && UsageImporter(workspace->path(), options).run(path).ok;
        }
        if (ok) {
            ++added;
            workspace->notifyUsageImported(*id);
        }
    }
    return added;
}

} // namespace Csm
