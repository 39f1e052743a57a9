#pragma once
// Command-line parsing shared by batch commands: positionals, `--flag value`,
// `--flag=value`, repeated flags and boolean switches.

#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/shape.h"
#include "core/util/status.h"

namespace tfs::batch {

class Args {
public:
    /// `switches` take no value (e.g. "--json"); every other flag takes one.
    /// Flags not in `known` (when non-empty) are an error naming the flag.
    static Result<Args> parse(const std::vector<std::string>& args, const std::set<std::string>& switches,
                              const std::set<std::string>& known = {});

    const std::vector<std::string>& positional() const { return positional_; }
    bool has(const std::string& flag) const { return values_.count(flag) > 0; }
    /// Last value of a flag, or fallback.
    std::string value(const std::string& flag, const std::string& fallback = "") const;
    /// Every value of a repeated flag, in order.
    std::vector<std::string> values(const std::string& flag) const;
    /// Integer flag with validation.
    Result<int64_t> intValue(const std::string& flag, int64_t fallback) const;
    Result<double> doubleValue(const std::string& flag, double fallback) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> values_;
};

/// Every `--input-shape NAME=DIMS` of the command ("x=1,224,224,3", ? or -1 = unknown dim), by name;
/// an error naming the bad value and showing the form.
Result<std::map<std::string, PartialShape>> inputShapeArgs(const Args& args);

/// What a command does first. A parse error or a wrong number of positionals prints the problem and
/// `usage` to `err` (exit code 2); --help prints `usage` to `out` (0). Returns the exit code when the
/// command stops here, nothing when it can run.
std::optional<int> helpOrUsageError(const Result<Args>& args, const std::string& command, size_t positionals,
                                    const std::string& usage, std::ostream& out, std::ostream& err);

/// Splits "a,b,c" into parts (empty parts dropped).
std::vector<std::string> splitList(const std::string& text, char separator = ',');

}  // namespace tfs::batch
