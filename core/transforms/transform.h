#pragma once
// The transform contract: a pass maps (GraphDef, context) to a new GraphDef and
// a Status, like TensorFlow's Graph Transform Tool. Parameters arrive as
// strings (repeated names form lists) and are read through typed getters.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/util/status.h"
#include "tensorflow/graph.pb.h"

namespace tfs::transforms {

/// Parameter name -> values, in the order given ("op=A, op=B" -> {"op": {"A","B"}}).
using TransformParams = std::map<std::string, std::vector<std::string>>;

/// What a pass sees besides the graph: the --inputs/--outputs names and its parameters.
struct TransformContext {
    std::vector<std::string> inputNames;
    std::vector<std::string> outputNames;
    TransformParams params;
    /// Where a pass may leave notes for the pass log (may be null): phrases of the "Notes" context,
    /// so the window shows them translated; the batch log prints their English.
    std::vector<Phrase>* notes = nullptr;
    /// Where renaming passes record old -> new node names, so signatures can follow (may be null).
    std::map<std::string, std::string>* renames = nullptr;

    /// Adds a note to the pass log when one is attached: `note(TFS_PHRASE("Notes", "removed %1 nodes"), n)`.
    void note(Phrase what) const;
    template <int Values, typename... Args>
    void note(PhraseText<Values> text, Args&&... args) const {
        note(phrase(text, std::forward<Args>(args)...));
    }
    /// Records node renames (for signature remapping) and notes how many there were.
    void recordRenames(const std::map<std::string, std::string>& renamed) const;
    /// How many values the parameter has (0 when absent).
    int countParameter(const std::string& name) const;
    /// The single value of a parameter, or the default; error when given twice.
    Result<std::string> getOneString(const std::string& name, const std::string& fallback) const;
    Result<int64_t> getOneInt(const std::string& name, int64_t fallback) const;
    Result<double> getOneFloat(const std::string& name, double fallback) const;
    Result<bool> getOneBool(const std::string& name, bool fallback) const;
    /// All values of a (repeatable) parameter.
    std::vector<std::string> getList(const std::string& name) const;
};

/// A transform: reads `in`, writes the result to `out`; `out` starts empty.
using TransformFn = Status (*)(const tensorflow::GraphDef& in, const TransformContext& context,
                               tensorflow::GraphDef* out);

/// Value types of parameters, for validation and for the GUI's pass editor.
enum class ParamType { String, Int, Float, Bool, DataType, Shape, OpName, NodeName };

/// "string", "int", "float", "bool", "dtype", "shape", "op", "node".
const char* paramTypeName(ParamType type);

/// One parameter a pass accepts.
struct ParamSpec {
    std::string name;
    ParamType type = ParamType::String;
    std::string defaultValue;  // "" = none / required when `required`
    bool repeated = false;     // may be given several times (forms a list)
    bool required = false;
    std::string description;
};

/// A registry entry: everything the CLI and GUI need to offer and validate a pass.
struct TransformInfo {
    std::string name;
    std::string description;  // one line
    std::vector<ParamSpec> params;
    std::string example;  // a valid invocation, used in error messages
    TransformFn fn = nullptr;
    bool editsLibrary = false;  // the pass rewrites the function library itself
};

/// One parsed `name(p=v, ...)` entry of a --transforms string.
struct TransformSpec {
    std::string name;
    TransformParams params;
    /// Back to the grammar: `name(p=v, p="a,b")`.
    std::string toString() const;
};

}  // namespace tfs::transforms
