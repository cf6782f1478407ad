// The precompiled header every test executable shares: Catch2, the Qt headers most tests
// include and the workspace API, parsed once instead of once per test file. Kept to what most
// tests include: a larger header costs more to load than it saves.
#pragma once

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"
#include "workspace/workspace.h"
