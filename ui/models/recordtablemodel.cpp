// Holds the moc output of RecordTableModelBase; the template lives in the header.
#include "recordtablemodel.h"
