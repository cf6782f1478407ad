#include "onboardingfilestore.h"

#include "storage/customerstore.h"
#include "storage/recordstore.h"
#include "storage/stakeholderstore.h"
#include "storage/tombstonestore.h"

namespace Csm {

QString storeOnboardingFile(const QSqlDatabase &db, const OnboardingFile &file)
{
    QString error = CustomerStore(db).insert(file.customer);
    for (const Stakeholder &stakeholder : file.stakeholders) {
        if (error.isEmpty())
            error = StakeholderStore(db).insert(stakeholder);
    }
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        for (const R &record : file.records<R>()) {
            if (error.isEmpty())
                error = RecordStore<R>(db).insert(record);
        }
    });
    if (error.isEmpty())
        error = TombstoneStore(db).replaceForCustomer(file.customer.id, file.tombstones);
    return error;
}

} // namespace Csm
