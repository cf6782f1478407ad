#include "sampleportfolio.h"

#include "commands/addcustomer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Csm {

namespace {

struct Person
{
    const char *name;
    const char *title;
    const char *email;
    Side side;
    StakeholderRole role;
    Sentiment sentiment;
    int lastContactDaysAgo; // -1: never
};

class Builder
{
public:
    Builder(const QDate &today, const RecordMeta &meta)
        : m_today(today)
        , m_meta(meta)
    {}

    OnboardingFile &start(const char *account, int signedDaysAgo)
    {
        m_files.append(OnboardingFile());
        OnboardingFile &file = m_files.last();
        file.customer.id = CustomerId::create();
        file.customer.accountName = QString::fromUtf8(account);
        file.customer.signatureDate = m_today.addDays(-signedDaysAgo);
        file.customer.renewalDate = file.customer.signatureDate.addMonths(12);
        file.customer.csmOwner =
            m_meta.createdBy.isEmpty() ? QStringLiteral("Alex Morgan") : m_meta.createdBy;
        file.customer.meta = m_meta;
        // Distinct creation times keep the listed order, which is also the order after a
        // restart (customers are read back by creation time).
        file.customer.meta.createdAt = m_meta.createdAt.addMSecs(m_files.size() - 1);
        file.customer.meta.modifiedAt = file.customer.meta.createdAt;
        return file;
    }

    QDate day(const OnboardingFile &file, int offset) const
    {
        return file.customer.signatureDate.addDays(offset);
    }

    void people(OnboardingFile &file, std::initializer_list<Person> persons)
    {
        for (const Person &p : persons) {
            Stakeholder s;
            s.id = StakeholderId::create();
            s.customerId = file.customer.id;
            s.name = QString::fromUtf8(p.name);
            s.title = QString::fromUtf8(p.title);
            s.email = QString::fromUtf8(p.email);
            s.side = p.side;
            s.role = p.role;
            s.sentiment = p.sentiment;
            if (p.lastContactDaysAgo >= 0)
                s.lastContact = m_today.addDays(-p.lastContactDaysAgo);
            s.meta = m_meta;
            // Distinct creation times keep the listed order stable.
            s.meta.createdAt = m_meta.createdAt.addMSecs(file.stakeholders.size());
            s.meta.modifiedAt = s.meta.createdAt;
            file.stakeholders.append(s);
        }
    }

    QList<OnboardingFile> files() const { return m_files; }

private:
    QDate m_today;
    RecordMeta m_meta;
    QList<OnboardingFile> m_files;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QList<OnboardingFile> samplePortfolio(const QDate &today, const RecordMeta &meta)
{
    Builder b(today, meta);
    constexpr Side C = Side::Customer;
    constexpr Side V = Side::Vendor;
    using R = StakeholderRole;
    using S = Sentiment;

    {
        OnboardingFile &f = b.start("Northwind Logistics", 18);
        Customer &c = f.customer;
        c.industry = text("Logistics and freight");
        c.tier = Tier::HighTouch;
        c.arr = 184000;
        c.products = text("Enterprise plan, forecasting add-on, 250 seats");
        c.termMonths = 24;
        c.renewalDate = c.signatureDate.addMonths(24);
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Implementation;
        c.primaryUseCase = text(
            "Replace weekly spreadsheet forecasting across 14 depots with one live pipeline view.");
        c.successMetrics = text("Cut reporting time from 8 h to 2 h per week per depot manager; "
                                "forecast accuracy within 5 %.");
        c.painPoints = text("Forecasts assembled by hand from depot spreadsheets; numbers disagree "
                            "in the Monday meeting.");
        c.competitorReplaced = text("LegacyForecast 7 (on-premises)");
        c.reasonForChoice = text("Live depot roll-up and the SAP connector.");
        c.redFlags = text("IT security review queue is about three weeks long.");
        c.communicationChannel = text("Microsoft Teams");
        c.communicationStyle = text("Short written updates, decisions by e-mail");
        c.promisesMade = text("SAP connector live before the peak season (week 10).");
        c.competitiveConcerns = text("Incumbent offered a 40 % discount to stay.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 1);
        c.kickoffDate = b.day(f, 4);
        c.goLiveDate = b.day(f, 35);
        c.notes = text("## Context\n- Peak season starts in **week 10**: go-live must land "
                       "before.\n- Champion ran the RFP.\n");
        b.people(f, {
                        {"Margaret Ellis", "COO", "m.ellis@northwind.example", C,
                         R::ExecutiveSponsor, S::Advocate, 9},
                        {"Daniel Okafor", "Head of Planning", "d.okafor@northwind.example", C,
                         R::Champion, S::Advocate, 2},
                        {"Sven Lindqvist", "VP Finance", "s.lindqvist@northwind.example", C,
                         R::DecisionMaker, S::Neutral, 14},
                        {"Aisha Khan", "IT Systems Admin", "a.khan@northwind.example", C,
                         R::AdminOwner, S::Skeptic, 3},
                        {"Leo Martins", "Depot Manager, Rotterdam", "l.martins@northwind.example",
                         C, R::PowerUser, S::Neutral, 5},
                        {"Priya Raman", "Account Executive", "priya.raman@csmworkspace.example", V,
                         R::AccountExecutive, S::Unknown, 7},
                        {"Tomás Ortega", "Implementation Engineer",
                         "tomas.ortega@csmworkspace.example", V, R::Implementation, S::Unknown, 1},
                    });
    }
    {
        OnboardingFile &f = b.start("Helios Health Systems", 6);
        Customer &c = f.customer;
        c.industry = text("Healthcare (regulated)");
        c.tier = Tier::HighTouch;
        c.arr = 246000;
        c.currency = text("USD");
        c.products = text("Enterprise plan, HIPAA compliance pack");
        c.termMonths = 36;
        c.renewalDate = c.signatureDate.addMonths(36);
        c.accountExecutive = text("Marcus Lee");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Kickoff;
        c.status = Status::AtRisk;
        c.statusReason =
            text("No IT admin committed: customer cannot free the 5 h/week the plan needs.");
        c.primaryUseCase =
            text("One view of referral volumes across 6 hospitals for the operations board.");
        c.successMetrics =
            text("Board pack produced in 1 day instead of 5; referral leakage reported monthly.");
        c.painPoints =
            text("Data lives in three EHR exports; analysts rebuild the board pack by hand.");
        c.competitorReplaced = text("In-house BI team");
        c.reasonForChoice = text("Pre-built healthcare data model and audit trail.");
        c.redFlags = text("Security review and BAA required before any data moves; IT is hostile "
                          "to new vendors.");
        c.communicationChannel = text("E-mail");
        c.communicationStyle = text("Formal, with agendas sent 48 h ahead");
        c.promisesMade = text("Security questionnaire answered within 5 business days.");
        c.handoffMeetingDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 8);
        b.people(f, {
                        {"Dr. Ruth Adeyemi", "Chief Operating Officer",
                         "r.adeyemi@helioshealth.example", C, R::ExecutiveSponsor, S::Neutral, 6},
                        {"Kevin Brandt", "Director of Analytics", "k.brandt@helioshealth.example",
                         C, R::Champion, S::Advocate, 1},
                        {"Marcus Lee", "Account Executive", "marcus.lee@csmworkspace.example", V,
                         R::AccountExecutive, S::Unknown, 4},
                    });
    }
    {
        OnboardingFile &f = b.start("Brightleaf Retail", 41);
        Customer &c = f.customer;
        c.industry = text("Retail");
        c.tier = Tier::Hybrid;
        c.arr = 36000;
        c.products = text("Growth plan, 60 seats");
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Jonas Weber");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Adoption;
        c.status = Status::Stalled;
        c.statusReason = text("No logins for 12 days since the champion went on leave.");
        c.primaryUseCase =
            text("Store managers track weekly sales targets without the regional spreadsheet.");
        c.successMetrics =
            text("80 % of store managers active weekly; regional report in under 1 hour.");
        c.painPoints = text("Regional spreadsheet breaks every Monday.");
        c.competitorReplaced = text("Spreadsheets");
        c.reasonForChoice = text("Mobile app for store managers.");
        c.redFlags = text("Single champion carries the project.");
        c.communicationChannel = text("Slack Connect");
        c.communicationStyle = text("Informal, quick replies");
        c.promisesMade = text("Store-manager training videos in German.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 5);
        c.goLiveDate = b.day(f, 24);
        b.people(f, {
                        {"Nadia Petrova", "Head of Retail Operations",
                         "n.petrova@brightleaf.example", C, R::Champion, S::Advocate, 19},
                        {"Felix Braun", "Managing Director", "f.braun@brightleaf.example", C,
                         R::DecisionMaker, S::Neutral, 30},
                        {"Jonas Weber", "Onboarding Specialist", "jonas.weber@csmworkspace.example",
                         V, R::Implementation, S::Unknown, 12},
                    });
    }
    {
        OnboardingFile &f = b.start("Quantum Freight", 2);
        Customer &c = f.customer;
        c.industry = text("Transport");
        c.tier = Tier::Hybrid;
        c.arr = 22000;
        c.products = text("Growth plan, 25 seats");
        c.accountExecutive = text("Marcus Lee");
        c.phase = Phase::Transition;
        c.primaryUseCase = text("Dispatch team sees late shipments before customers call.");
        c.communicationChannel = text("Phone");
        b.people(f, {
                        {"Oliver Grant", "Dispatch Lead", "o.grant@quantumfreight.example", C,
                         R::Champion, S::Advocate, 2},
                    });
    }
    {
        OnboardingFile &f = b.start("Cobalt Analytics", 56);
        Customer &c = f.customer;
        c.industry = text("Software");
        c.tier = Tier::Digital;
        c.arr = 8400;
        c.products = text("Starter plan, 10 seats");
        c.accountExecutive = text("Self-serve");
        c.phase = Phase::ValueRealization;
        c.primaryUseCase = text("Share one pipeline report with investors every month.");
        c.successMetrics = text("Investor report sent in under 30 minutes.");
        c.painPoints = text("Copying numbers between three tools.");
        c.reasonForChoice = text("Free trial proved the report in a day.");
        c.redFlags = text("None seen.");
        c.communicationChannel = text("In-app chat");
        c.communicationStyle = text("Asynchronous");
        c.promisesMade = text("None beyond the plan.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 1);
        c.kickoffDate = b.day(f, 3);
        c.goLiveDate = b.day(f, 10);
        c.firstValueDate = b.day(f, 12);
        b.people(f, {
                        {"Maya Chen", "Founder and CEO", "maya@cobalt.example", C,
                         R::ExecutiveSponsor, S::Advocate, 10},
                        {"Ravi Shah", "Operations Lead", "ravi@cobalt.example", C, R::AdminOwner,
                         S::Advocate, 4},
                        {"Ines Duarte", "Analyst", "ines@cobalt.example", C, R::PowerUser,
                         S::Advocate, 4},
                    });
    }
    {
        OnboardingFile &f = b.start("Maple & Finch Legal", 112);
        Customer &c = f.customer;
        c.industry = text("Legal services");
        c.tier = Tier::Hybrid;
        c.arr = 45000;
        c.currency = text("GBP");
        c.products = text("Growth plan, document automation, 80 seats");
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Jonas Weber");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Graduated;
        c.primaryUseCase = text("Matter intake without re-typing client details.");
        c.successMetrics = text("Intake time from 45 to 10 minutes per matter.");
        c.painPoints = text("Client details typed into four systems.");
        c.competitorReplaced = text("ClauseBase Classic");
        c.reasonForChoice = text("Template engine and UK data residency.");
        c.redFlags = text("Partners sceptical of any new tool.");
        c.communicationChannel = text("E-mail");
        c.communicationStyle = text("Partners want one-page summaries");
        c.promisesMade = text("UK-hosted data from day one.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 4);
        c.goLiveDate = b.day(f, 28);
        c.firstValueDate = b.day(f, 26);
        c.graduationDate = b.day(f, 90);
        b.people(f, {
                        {"Eleanor Hughes", "Managing Partner", "e.hughes@maplefinch.example", C,
                         R::ExecutiveSponsor, S::Advocate, 20},
                        {"James Whitfield", "Head of Knowledge", "j.whitfield@maplefinch.example",
                         C, R::Champion, S::Advocate, 8},
                        {"Sophie Turner", "Practice Manager", "s.turner@maplefinch.example", C,
                         R::AdminOwner, S::Advocate, 8},
                        {"Arjun Mehta", "Senior Associate", "a.mehta@maplefinch.example", C,
                         R::PowerUser, S::Skeptic, 25},
                    });
    }
    {
        OnboardingFile &f = b.start("Alpine Manufacturing", 29);
        Customer &c = f.customer;
        c.industry = text("Industrial manufacturing");
        c.tier = Tier::HighTouch;
        c.arr = 96000;
        c.currency = text("CHF");
        c.language = text("de");
        c.products = text("Enterprise plan, 120 seats");
        c.accountExecutive = text("Marcus Lee");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Adoption;
        c.primaryUseCase =
            text("Plant managers compare output and scrap rates across 4 plants daily.");
        c.successMetrics =
            text("Scrap-rate report daily instead of monthly; 100 active users by day 60.");
        c.painPoints = text("Monthly Excel consolidation, always three weeks late.");
        c.competitorReplaced = text("QlikView dashboards");
        c.reasonForChoice = text("Shop-floor tablets and German-language UI.");
        c.redFlags = text("Works council must approve user analytics.");
        c.communicationChannel = text("E-mail and monthly on-site visit");
        c.communicationStyle = text("German preferred, detailed agendas");
        c.promisesMade = text("German training material for shop-floor users.");
        c.handoffMeetingDate = b.day(f, 2);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 5);
        c.goLiveDate = b.day(f, 21);
        b.people(f, {
                        {"Urs Baumann", "CEO", "u.baumann@alpine-mfg.example", C,
                         R::ExecutiveSponsor, S::Neutral, 21},
                        {"Claudia Meier", "Head of Operations", "c.meier@alpine-mfg.example", C,
                         R::Champion, S::Advocate, 3},
                        {"Stefan Keller", "CFO", "s.keller@alpine-mfg.example", C, R::DecisionMaker,
                         S::Neutral, 24},
                        {"Lukas Frei", "IT Lead", "l.frei@alpine-mfg.example", C, R::AdminOwner,
                         S::Neutral, 6},
                        {"Petra Vogel", "Plant Manager, Winterthur", "p.vogel@alpine-mfg.example",
                         C, R::PowerUser, S::Advocate, 6},
                    });
    }
    return b.files();
}

QUndoCommand *makeAddSamplePortfolio(Workspace *workspace)
{
    auto *macro =
        new QUndoCommand(QCoreApplication::translate("Csm::Commands", "Add sample portfolio"));
    int added = 0;
    const QList<OnboardingFile> files = samplePortfolio(workspace->today(), workspace->newMeta());
    for (const OnboardingFile &file : files) {
        if (workspace->findCustomer(file.customer.accountName))
            continue;
        new AddCustomer(workspace, file, macro);
        ++added;
    }
    if (added == 0) {
        delete macro;
        return nullptr;
    }
    return macro;
}

} // namespace Csm
