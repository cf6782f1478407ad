// The precompiled header of the UI library: the Qt widgets most pages use and the workspace
// API, parsed once instead of once per source file. Kept to what most sources include: a
// larger header costs more to load than it saves.
#pragma once

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

#include "workspace/workspace.h"
