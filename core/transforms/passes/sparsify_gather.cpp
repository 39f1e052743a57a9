// sparsify_gather: a Gather/GatherV2 (axis 0) from a mostly-zero weight table
// becomes a hash-table lookup that stores only the non-zero entries
// (Graph Transform Tool semantics): keys = indices of non-zero entries
// (|v| >= 1e-5), default value 0, the import wired to the group_init_node NoOp.
//
// GTT handles only [N, 1] tables (one scalar per id, looked up then
// ExpandDims(-1)). Beyond GTT: [N, D...] tables keep whole non-zero rows in a
// MutableHashTableOfTensorsV2; int32 ids get a Cast to the int64 keys (GTT
// produced an invalid graph); the find also has a control input on the import, so
// the graph runs without calling the init op first (the re-import is skipped by
// the executor when the table already holds the same constants); a non-zero axis
// is skipped with a note instead of failing the whole pass.

#include <cmath>

#include "core/formats/checkpoint.h"
#include "core/transforms/graph_utils.h"
#include "core/transforms/passes/passes.h"

namespace tfs::transforms {
namespace {

constexpr float kZero = 1.0e-5f;

struct Source {
    const tensorflow::NodeDef* weights = nullptr;  // Const or Variable(V2)
    const tensorflow::NodeDef* identity = nullptr;
};

Source findSource(const std::string& input, const std::map<std::string, const tensorflow::NodeDef*>& nodes) {
    Source s;
    auto it = nodes.find(nodeName(input));
    if (it == nodes.end() || outputIndex(input) != 0) return s;
    const tensorflow::NodeDef* n = it->second;
    if (n->op() == "Identity" && !dataInputs(*n).empty()) {
        s.identity = n;
        auto w = nodes.find(nodeName(dataInputs(*n)[0]));
        if (w == nodes.end()) return s;
        n = w->second;
    }
    if (n->op() == "Const" || n->op() == "VariableV2" || n->op() == "Variable") s.weights = n;
    return s;
}

void setShapeAttr(tensorflow::NodeDef* node, const std::string& name, const Dims& dims) {
    auto* shape = (*node->mutable_attr())[name].mutable_shape();
    for (auto d : dims) shape->add_dim()->set_size(d);
}

}  // namespace

Status sparsifyGather(const tensorflow::GraphDef& in, const TransformContext& context, tensorflow::GraphDef* out) {
    TFS_ASSIGN_OR_RETURN(std::string groupInit, context.getOneString("group_init_node", "group_deps"));
    TFS_ASSIGN_OR_RETURN(std::string checkpoint, context.getOneString("input_checkpoint", ""));
    std::shared_ptr<VariableStore> store;
    if (!checkpoint.empty()) {
        auto opened = openBundle(checkpoint);
        if (!opened.ok()) return opened.status().withContext(TFS_PHRASE("Errors", "sparsify_gather input_checkpoint"));
        store = *opened;
    }
    auto nodes = mapNamesToNodes(in);
    std::set<std::string> taken;
    for (const auto& node : in.node()) taken.insert(node.name());
    const std::set<std::string> keep = [&] {
        std::set<std::string> k = nodeNames(context.inputNames);
        for (const auto& n : nodeNames(context.outputNames)) k.insert(n);
        return k;
    }();

    std::map<std::string, std::vector<tensorflow::NodeDef>> replacements;  // gather name -> new nodes
    std::set<std::string> bypassedSources;  // weights / identity nodes read by a replaced gather
    std::vector<std::string> imports;
    int64_t storedBefore = 0, storedAfter = 0;
    for (const auto& node : in.node()) {
        if (node.op() != "Gather" && node.op() != "GatherV2") continue;
        auto inputs = dataInputs(node);
        if (inputs.size() < 2) continue;
        Source src = findSource(inputs[0], nodes);
        if (!src.weights) continue;
        if (node.op() == "GatherV2") {
            auto axisNode = nodes.find(nodeName(inputs.size() > 2 ? inputs[2] : ""));
            if (axisNode == nodes.end() || axisNode->second->op() != "Const") continue;
            TFS_ASSIGN_OR_RETURN(Tensor axis, constValue(*axisNode->second));
            if (axis.numElements() != 1 || tensorElementAsDouble(axis, 0) != 0.0) {
                context.note(TFS_PHRASE("Notes", "skipped %1: only axis-0 gathers are sparsified"), node.name());
                continue;
            }
            auto bd = node.attr().find("batch_dims");
            if (bd != node.attr().end() && bd->second.i() != 0) continue;
        }
        Tensor weights;
        if (src.weights->op() == "Const") {
            TFS_ASSIGN_OR_RETURN(weights, constValue(*src.weights));
        } else if (store) {
            auto read = store->read(src.weights->name());
            if (!read.ok()) return read.status().withContext(TFS_PHRASE("Errors", "sparsify_gather: variable '%1'"),
                                                             src.weights->name());
            weights = std::move(read).value();
        } else {
            context.note(
                TFS_PHRASE("Notes",
                           "skipped %1: its table is variable '%2' (give input_checkpoint, or run freeze first)"),
                node.name(), src.weights->name());
            continue;
        }
        if (weights.dtype() != tensorflow::DT_FLOAT || weights.rank() < 1) {
            context.note(TFS_PHRASE("Notes", "skipped %1: only float tables of rank >= 1 are sparsified"), node.name());
            continue;
        }
        const int64_t rows = weights.dim(0), row = rows ? weights.numElements() / rows : 0;
        const bool scalarRows = weights.rank() == 2 && weights.dim(1) == 1;  // GTT's [N, 1] form
        Dims rowDims(weights.dims().begin() + 1, weights.dims().end());
        std::vector<int64_t> keys;
        for (int64_t r = 0; r < rows; ++r) {
            bool nonzero = false;
            for (int64_t j = 0; j < row && !nonzero; ++j) nonzero = std::abs(weights.data<float>()[r * row + j]) >= kZero;
            if (nonzero) keys.push_back(r);
        }
        const bool dummy = keys.empty();  // TF's table import rejects empty keys: GTT's (0, 0) pair
        if (dummy) keys.push_back(0);
        Tensor keyT(tensorflow::DT_INT64, {int64_t(keys.size())});
        Dims valueDims{int64_t(keys.size())};
        if (!scalarRows) valueDims.insert(valueDims.end(), rowDims.begin(), rowDims.end());
        Tensor valueT(tensorflow::DT_FLOAT, valueDims);
        for (size_t k = 0; k < keys.size(); ++k) {
            keyT.data<int64_t>()[k] = keys[k];
            for (int64_t j = 0; j < row; ++j)
                valueT.data<float>()[int64_t(k) * row + j] = dummy ? 0.f : weights.data<float>()[keys[k] * row + j];
        }
        storedBefore += weights.numElements();
        storedAfter += keyT.numElements() * 2 + valueT.numElements();  // int64 keys count double

        const std::string base = src.weights->name();
        std::vector<tensorflow::NodeDef> added;  // note: add() invalidates earlier references
        auto add = [&]() -> tensorflow::NodeDef& {
            added.emplace_back();
            return added.back();
        };
        tensorflow::NodeDef& keysNode = add();
        makeConst(uniqueName(base + "/indices", &taken), keyT, &keysNode);
        const std::string keysName = keysNode.name();
        tensorflow::NodeDef& valuesNode = add();
        makeConst(uniqueName(base + "/values", &taken), valueT, &valuesNode);
        const std::string valuesName = valuesNode.name();
        tensorflow::NodeDef& table = add();
        table.set_name(uniqueName(base + "/HashTable", &taken));
        table.set_op(scalarRows ? "HashTableV2" : "MutableHashTableOfTensorsV2");
        setTypeAttr(&table, "key_dtype", tensorflow::DT_INT64);
        setTypeAttr(&table, "value_dtype", tensorflow::DT_FLOAT);
        if (!scalarRows) setShapeAttr(&table, "value_shape", rowDims);
        // Each table is private to its graph position (no sharing between replaced gathers).
        (*table.mutable_attr())["shared_name"].set_s(table.name());
        const std::string tableName = table.name();
        tensorflow::NodeDef& import = add();
        import.set_name(uniqueName(base + "/InitializeTable", &taken));
        import.set_op("LookupTableImportV2");
        import.add_input(tableName);
        import.add_input(keysName);
        import.add_input(valuesName);
        setTypeAttr(&import, "Tin", tensorflow::DT_INT64);
        setTypeAttr(&import, "Tout", tensorflow::DT_FLOAT);
        const std::string importName = import.name();
        imports.push_back(importName);
        std::string ids = inputs[1];
        auto idType = node.attr().find("Tindices");
        if (idType != node.attr().end() && idType->second.type() == tensorflow::DT_INT32) {
            tensorflow::NodeDef& cast = add();
            cast.set_name(uniqueName(node.name() + "/ids_int64", &taken));
            cast.set_op("Cast");
            cast.add_input(ids);
            setTypeAttr(&cast, "SrcT", tensorflow::DT_INT32);
            setTypeAttr(&cast, "DstT", tensorflow::DT_INT64);
            ids = cast.name();
        }
        tensorflow::NodeDef& fallback = add();
        makeConst(uniqueName(node.name() + "/Const", &taken),
                  scalarRows ? Tensor::scalar<float>(tensorflow::DT_FLOAT, 0.f) : [&] {
                      Tensor z(tensorflow::DT_FLOAT, rowDims);
                      std::fill(z.data<float>(), z.data<float>() + z.numElements(), 0.f);
                      return z;
                  }(),
                  &fallback);
        const std::string fallbackName = fallback.name();
        tensorflow::NodeDef& find = add();
        find.set_name(scalarRows ? uniqueName(node.name() + "/LookupTableFind", &taken) : node.name());
        find.set_op("LookupTableFindV2");
        find.set_device(node.device());
        find.add_input(tableName);
        find.add_input(ids);
        find.add_input(fallbackName);
        find.add_input("^" + importName);
        for (const auto& c : node.input())
            if (isControlInput(c)) find.add_input(c);
        setTypeAttr(&find, "Tin", tensorflow::DT_INT64);
        setTypeAttr(&find, "Tout", tensorflow::DT_FLOAT);
        if (scalarRows) {  // [ids] -> [ids, 1], under the gather's name
            const std::string findName = find.name();
            tensorflow::NodeDef& dim = add();
            makeConst(uniqueName(node.name() + "/ExpandDims/Const", &taken), Tensor::scalar<int32_t>(tensorflow::DT_INT32, -1), &dim);
            const std::string dimName = dim.name();
            tensorflow::NodeDef& expand = add();
            expand.set_name(node.name());
            expand.set_op("ExpandDims");
            expand.add_input(findName);
            expand.add_input(dimName);
            setTypeAttr(&expand, "T", tensorflow::DT_FLOAT);
            setTypeAttr(&expand, "Tdim", tensorflow::DT_INT32);
        }
        replacements[node.name()] = std::move(added);
        bypassedSources.insert(src.weights->name());
        if (src.identity) bypassedSources.insert(src.identity->name());
        context.note(TFS_PHRASE("Notes", "%1: %2 of %3 rows kept"), node.name(), dummy ? 0 : keys.size(), rows);
    }

    out->Clear();
    *out->mutable_versions() = in.versions();
    *out->mutable_library() = in.library();
    for (const auto& node : in.node()) {
        auto r = replacements.find(node.name());
        if (r == replacements.end()) {
            *out->add_node() = node;
            continue;
        }
        for (auto& n : r->second) *out->add_node() = std::move(n);
    }
    if (!imports.empty()) {
        tensorflow::NodeDef* init = nullptr;
        for (auto& n : *out->mutable_node())
            if (n.name() == groupInit) init = &n;
        if (init && init->op() != "NoOp")
            return invalidArgument(TFS_PHRASE("Errors", "sparsify_gather: group_init_node '%1' exists but is a %2, not a NoOp; name another, e.g. sparsify_gather(group_init_node=init_tables)"),
                                   groupInit, init->op());
        if (!init) {
            init = out->add_node();
            init->set_name(groupInit);
            init->set_op("NoOp");
        }
        for (const auto& name : imports) init->add_input("^" + name);
    }
    // Drop weight tables (and their Identity reads) that nothing reads any more.
    for (bool changed = true; changed;) {
        changed = false;
        std::map<std::string, int> uses;
        for (const auto& n : out->node())
            for (const auto& i : n.input()) ++uses[nodeName(i)];
        tensorflow::GraphDef pruned;
        for (const auto& n : out->node()) {
            if (bypassedSources.count(n.name()) && !uses[n.name()] && !keep.count(n.name())) {
                changed = true;
                continue;
            }
            *pruned.add_node() = n;
        }
        if (changed) {
            *pruned.mutable_versions() = out->versions();
            *pruned.mutable_library() = out->library();
            *out = std::move(pruned);
        }
    }
    if (!replacements.empty())
        context.note(TFS_PHRASE("Notes", "sparsified %1 gathers: %2 -> %3 table bytes"), replacements.size(),
                     storedBefore * 4, storedAfter * 4);
    return okStatus();
}

}  // namespace tfs::transforms
