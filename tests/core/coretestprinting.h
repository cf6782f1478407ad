// How Catch2 prints Qt and domain values in failure messages, so a failed comparison of two
// records shows their fields instead of "{?}".
#pragma once

#include "domain/onboardingfile.h"
#include "interchange/onboardingfilejson.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Catch {

template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return value.toStdString(); }
};

template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString()
                               : std::string("(no date)");
    }
};

template<> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString()
                               : std::string("(no time)");
    }
};

template<> struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        return std::string(value.typeName() ? value.typeName() : "invalid") + '(' +
               value.toString().toStdString() + ')';
    }
};

template<typename Tag> struct StringMaker<Csm::Id<Tag>>
{
    static std::string convert(const Csm::Id<Tag> &value)
    {
        return value.isNull() ? std::string("(null id)") : value.toString().toStdString();
    }
};

template<> struct StringMaker<Csm::RecordMeta>
{
    static std::string convert(const Csm::RecordMeta &meta)
    {
        return QStringLiteral("created %1 by %2, modified %3 by %4")
            .arg(Csm::timestampToString(meta.createdAt), meta.createdBy,
                 Csm::timestampToString(meta.modifiedAt), meta.modifiedBy)
            .toStdString();
    }
};

template<> struct StringMaker<Csm::Tombstone>
{
    static std::string convert(const Csm::Tombstone &t)
    {
        return QStringLiteral("%1 %2 of %3 deleted %4 by %5")
            .arg(t.entity, t.id, t.customerId, Csm::timestampToString(t.deletedAt), t.deletedBy)
            .toStdString();
    }
};

// Records print as the interchange JSON, which lists every field and the metadata.
template<> struct StringMaker<Csm::OnboardingFile>
{
    static std::string convert(const Csm::OnboardingFile &file)
    {
        return Csm::onboardingFileToJson(file).toStdString();
    }
};

template<> struct StringMaker<Csm::Customer>
{
    static std::string convert(const Csm::Customer &customer)
    {
        Csm::OnboardingFile file;
        file.customer = customer;
        return Csm::onboardingFileToJson(file).toStdString();
    }
};

template<> struct StringMaker<Csm::Stakeholder>
{
    static std::string convert(const Csm::Stakeholder &stakeholder)
    {
        std::string text = "stakeholder " + stakeholder.id.toString().toStdString() + " of " +
                           stakeholder.customerId.toString().toStdString();
        for (const auto &spec : Csm::stakeholderFields()) {
            text += std::string(", ") + spec.key + '=' +
                    Csm::fieldToJson(stakeholder, spec.member).toVariant().toString().toStdString();
        }
        return text + ", " + StringMaker<Csm::RecordMeta>::convert(stakeholder.meta);
    }
};

template<> struct StringMaker<Csm::OpenError>
{
    static std::string convert(Csm::OpenError error)
    {
        switch (error) {
        case Csm::OpenError::None:
            return "None";
        case Csm::OpenError::CannotOpen:
            return "CannotOpen";
        case Csm::OpenError::NotSqlite:
            return "NotSqlite";
        case Csm::OpenError::ForeignApplication:
            return "ForeignApplication";
        case Csm::OpenError::Damaged:
            return "Damaged";
        case Csm::OpenError::TooNew:
            return "TooNew";
        case Csm::OpenError::UpgradeFailed:
            return "UpgradeFailed";
        }
        return "unknown";
    }
};

} // namespace Catch
