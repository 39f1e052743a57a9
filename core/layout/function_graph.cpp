#include "core/layout/function_graph.h"

#include <set>

namespace tfs::layout {

std::shared_ptr<tensorflow::GraphDef> functionBodyGraph(const tensorflow::FunctionDef& f) {
    auto g = std::make_shared<tensorflow::GraphDef>();
    std::set<std::string> used;
    for (const auto& n : f.node_def()) used.insert(n.name());
    for (const auto& arg : f.signature().input_arg()) {
        auto* n = g->add_node();
        n->set_name(arg.name());
        n->set_op("_Arg");
        (*n->mutable_attr())["T"].set_type(arg.type());
        used.insert(arg.name());
    }
    for (const auto& n : f.node_def()) *g->add_node() = n;
    for (const auto& arg : f.signature().output_arg()) {
        auto it = f.ret().find(arg.name());
        if (it == f.ret().end()) continue;
        std::string name = arg.name();
        while (used.count(name)) name += "_retval";
        used.insert(name);
        auto* n = g->add_node();
        n->set_name(name);
        n->set_op("_Retval");
        n->add_input(it->second);
        (*n->mutable_attr())["T"].set_type(arg.type());
    }
    // One sink for the control outputs (TF2 lists every stateful op there): one box, not one per op.
    if (!f.control_ret().empty()) {
        std::string name = "control_ret";
        while (used.count(name)) name += "_";
        auto* n = g->add_node();
        n->set_name(name);
        n->set_op("NoOp");
        std::set<std::string> targets;
        for (const auto& [ret, target] : f.control_ret()) targets.insert(target);
        for (const auto& target : targets) n->add_input("^" + target);
    }
    return g;
}

const tensorflow::FunctionDef* findFunction(const tensorflow::FunctionDefLibrary& library, const std::string& name) {
    for (const auto& f : library.function())
        if (f.signature().name() == name) return &f;
    return nullptr;
}

}  // namespace tfs::layout
