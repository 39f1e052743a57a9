#pragma once
// The value of an `--input` option, one grammar for run, bench, compare and the workbench:
// NAME=FILE.npy, NAME=FILE.npz:KEY (or FILE.npz[KEY]), NAME=@FILE (the file's raw bytes).

#include <string>

#include "core/model/tensor.h"
#include "core/util/status.h"

namespace tfs::exec {

/// One `--input NAME=SOURCE`.
struct InputArg {
    std::string name;    ///< signature key or tensor name ("x" = "x:0")
    std::string source;  ///< what readInputSource() reads
};

/// Splits "NAME=SOURCE"; an error with an example when either side is missing.
Result<InputArg> parseInputArg(const std::string& text);

/// Reads a source: FILE.npy (any dtype numpy writes, `S` bytes arrays too); FILE.npz:KEY or
/// FILE.npz[KEY] (KEY may be left out when the archive holds one array); @FILE: the file's bytes,
/// unchanged, as a DT_STRING scalar (e.g. a WAV file for a DecodeWav input).
Result<Tensor> readInputSource(const std::string& source);

}  // namespace tfs::exec
