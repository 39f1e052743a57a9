// Function calls: PartitionedCall, If, While, Case and direct calls of library functions.
#include <unordered_map>

#include "core/exec/engine_ops.h"
#include "core/model/attrs.h"

namespace tfs::exec {

namespace {

constexpr int64_t kMaxWhileIterations = 10'000'000;

std::string funcAttr(const tensorflow::NodeDef& node, const std::string& name) {
    auto it = node.attr().find(name);
    return it == node.attr().end() ? "" : it->second.func().name();
}

Result<std::vector<Value>> callFunction(OpContext& ctx, const std::string& name, std::vector<Value> args) {
    if (name.empty()) return ctx.error(TFS_PHRASE("Errors", "has no function attribute to call"));
    auto plan = ctx.env.functionPlan(name);
    if (!plan.ok()) return plan.status().withContext(TFS_PHRASE("Errors", "node '%1' calling %2"),
                                                     ctx.def().name(), name);
    if (args.size() != (*plan)->feedNames.size())
        return ctx.error(TFS_PHRASE("Errors", "function %1 takes %2 arguments, got %3"), name,
                         (*plan)->feedNames.size(), args.size());
    for (auto& a : args) {
        if (!a.ref) continue;
        TFS_ASSIGN_OR_RETURN(Tensor t, a.get());
        a = Value{std::move(t), nullptr, false};
    }
    auto results = executePlan(**plan, args, ctx.env, ctx.shared);
    if (!results.ok()) return results.status().withContext(TFS_PHRASE("Errors", "in function %1 called by node '%2'"),
                                                           name, ctx.def().name());
    return results;
}

Status setResults(OpContext& ctx, std::vector<Value> results, const std::string& name) {
    if (results.size() < ctx.outputs.size())
        return ctx.error(TFS_PHRASE("Errors", "function %1 returned %2 values, but output %3 is used"), name,
                         results.size(), ctx.outputs.size() - 1);
    if (ctx.outputs.size() < results.size()) ctx.outputs.resize(results.size());
    for (size_t i = 0; i < results.size(); ++i) ctx.outputs[i] = std::move(results[i]);
    return okStatus();
}

Status opPartitionedCall(OpContext& ctx) {
    std::string name = funcAttr(ctx.def(), "f");
    TFS_ASSIGN_OR_RETURN(auto results, callFunction(ctx, name, ctx.inputs));
    return setResults(ctx, std::move(results), name);
}

Status opDirectCall(OpContext& ctx) {
    std::string name = ctx.node.function ? ctx.node.function->signature().name() : ctx.def().op();
    TFS_ASSIGN_OR_RETURN(auto results, callFunction(ctx, name, ctx.inputs));
    return setResults(ctx, std::move(results), name);
}

Status opIf(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor cond, ctx.input(0));
    TFS_ASSIGN_OR_RETURN(bool taken, tensorToBool(cond));
    std::string name = funcAttr(ctx.def(), taken ? "then_branch" : "else_branch");
    std::vector<Value> args(ctx.inputs.begin() + 1, ctx.inputs.end());
    TFS_ASSIGN_OR_RETURN(auto results, callFunction(ctx, name, std::move(args)));
    return setResults(ctx, std::move(results), name);
}

Status opCase(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor indexT, ctx.input(0));
    if (indexT.numElements() != 1 || indexT.dtype() != tensorflow::DT_INT32)
        return ctx.error(TFS_PHRASE("Errors", "branch_index must be an int32 scalar, got %1"), indexT.describe());
    auto it = ctx.def().attr().find("branches");
    if (it == ctx.def().attr().end() || it->second.list().func_size() == 0)
        return ctx.error(TFS_PHRASE("Errors", "has no branches"));
    const auto& branches = it->second.list().func();
    int index = indexT.data<int32_t>()[0];
    if (index < 0 || index >= branches.size()) index = branches.size() - 1;  // TF: out of range runs the last branch
    std::string name = branches[index].name();
    std::vector<Value> args(ctx.inputs.begin() + 1, ctx.inputs.end());
    TFS_ASSIGN_OR_RETURN(auto results, callFunction(ctx, name, std::move(args)));
    return setResults(ctx, std::move(results), name);
}

Status opWhile(OpContext& ctx) {
    std::string condName = funcAttr(ctx.def(), "cond");
    std::string bodyName = funcAttr(ctx.def(), "body");
    std::vector<Value> vars = ctx.inputs;
    for (int64_t iter = 0;; ++iter) {
        if (iter >= kMaxWhileIterations)
            return ctx.error(TFS_PHRASE("Errors", "ran more than 10,000,000 iterations; stopping"));
        if (ctx.shared.work && ctx.shared.work->cancelled()) return cancelled(TFS_PHRASE("Errors", "run cancelled"));
        TFS_ASSIGN_OR_RETURN(auto condOut, callFunction(ctx, condName, vars));
        if (condOut.empty()) return ctx.error(TFS_PHRASE("Errors", "cond function %1 returned nothing"), condName);
        TFS_ASSIGN_OR_RETURN(Tensor c, condOut[0].get());
        TFS_ASSIGN_OR_RETURN(bool go, tensorToBool(c));
        if (!go) break;
        TFS_ASSIGN_OR_RETURN(auto next, callFunction(ctx, bodyName, vars));
        if (next.size() != vars.size())
            return ctx.error(TFS_PHRASE("Errors", "body %1 returned %2 values for %3 loop variables"), bodyName,
                             next.size(), vars.size());
        vars = std::move(next);
    }
    return setResults(ctx, std::move(vars), bodyName);
}

const std::unordered_map<std::string, EngineOpFn>& callOps() {
    static const std::unordered_map<std::string, EngineOpFn> ops = {
        {"PartitionedCall", opPartitionedCall},
        {"StatefulPartitionedCall", opPartitionedCall},
        {"If", opIf},
        {"StatelessIf", opIf},
        {"Case", opCase},
        {"StatelessCase", opCase},
        {"While", opWhile},
        {"StatelessWhile", opWhile},
    };
    return ops;
}

}  // namespace

EngineOpFn findCallOp(const std::string& op) {
    const auto& ops = callOps();
    auto it = ops.find(op);
    return it == ops.end() ? nullptr : it->second;
}

EngineOpFn directCallOp() { return opDirectCall; }

}  // namespace tfs::exec
