#pragma once
// Entry points of the individual batch commands (one .cpp each).

#include <iosfwd>
#include <string>
#include <vector>

namespace tfs::batch {

int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runConvert(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runExportTensor(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runExample(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runTransform(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runFreeze(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runSlimCheckpoint(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runDiff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runCompare(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runRun(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runBench(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runShapes(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int runRender(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace tfs::batch
