#pragma once
// The `compare` batch command: argument parsing, running the comparison,
// printing the table or JSON, writing reports and checking thresholds.

#include <iosfwd>
#include <string>
#include <vector>

#include "core/compare/input_set.h"
#include "core/compare/runner.h"

namespace tfs::compare {

/// Usage text of `tfscope --batch compare`.
std::string compareUsage();

/// Parses one of compare's input options (--input, --inputs-dir, --reference, --samples, --seed,
/// --shape, --int-range, --batch) into `inputs`. False when `flag` is not one of them; an
/// InvalidArgument names the flag and gives an example. Shared with `transform --measure`.
Result<bool> parseInputOption(const std::string& flag, const std::string& value, InputSetOptions* inputs);

/// Usage lines of those input options, for command help texts.
std::string inputOptionsUsage();

/// Runs `compare` with args after the command name. Exit code 0 ok, 1 a threshold
/// was violated, 2 on errors. `factory` overrides the executor (tests); null = executor.
int runCompareCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                  const RunnerFactory* factory = nullptr);

}  // namespace tfs::compare
