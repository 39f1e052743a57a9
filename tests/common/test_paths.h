#pragma once
// Where tests find the shared models, fixtures and a scratch directory. Every test
// (GoogleTest and Qt Test) finds the shared models through sharedModelsDir().

#include <string>

namespace tfs::test {

/// Absolute path of the shared real models: $TFSCOPE_SHARED_MODELS when set, else
/// ../shared/models beside the source tree (../../shared/models from a worktree);
/// "" when the folder is absent or has no manifest.json.
std::string sharedModelsDir();
/// True in CI mode (CI=true or TFSCOPE_REQUIRE_MODELS=1): missing shared models fail
/// the tests that need them instead of skipping, so a wrong path cannot turn the suite green.
bool sharedModelsRequired();
/// One sentence saying where the shared models were looked for and how to point at them.
std::string sharedModelsMissing();
/// Path of one model folder in sharedModelsDir() (not checked).
std::string sharedModel(const std::string& folder);
/// tests/data in the source tree.
std::string fixturesDir();
/// A fresh, empty scratch directory under the build tree, unique per call.
std::string scratchDir(const std::string& name);
/// The tfscope executable in the build tree.
std::string tfscopeBinary();

}  // namespace tfs::test

/// Skips the current test when the shared models are missing, or fails it in CI mode.
#define TFS_REQUIRE_SHARED_MODELS()                                            \
    do {                                                                       \
        if (::tfs::test::sharedModelsDir().empty()) {                          \
            if (::tfs::test::sharedModelsRequired())                           \
                FAIL() << ::tfs::test::sharedModelsMissing();                  \
            else                                                               \
                GTEST_SKIP() << ::tfs::test::sharedModelsMissing();            \
        }                                                                      \
    } while (0)

/// Qt tests (needs <QSettings> and <QStandardPaths>): settings in Qt's test location, emptied,
/// so no test reads or writes the user's own.
#define TFS_QT_ISOLATE_SETTINGS()                                                       \
    do {                                                                                \
        QStandardPaths::setTestModeEnabled(true);                                       \
        QCoreApplication::setOrganizationName(QStringLiteral("tfscope-tests"));         \
        QSettings().clear();                                                            \
    } while (0)

/// TFS_REQUIRE_SHARED_MODELS for Qt Test (in initTestCase, it skips or fails the whole test case).
#define TFS_QT_REQUIRE_SHARED_MODELS()                                                  \
    do {                                                                                \
        if (::tfs::test::sharedModelsDir().empty()) {                                   \
            const std::string tfsMissing = ::tfs::test::sharedModelsMissing();          \
            if (::tfs::test::sharedModelsRequired()) QFAIL(tfsMissing.c_str());         \
            QSKIP(tfsMissing.c_str());                                                  \
        }                                                                               \
    } while (0)
