// Model-level diff: meta graphs, the main graph, signatures, library functions,
// stored variables and sizes.
#include "core/diff/model_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/diff/value_delta.h"
#include "core/model/dtype.h"
#include "core/ops/function_body.h"

namespace tfs::diff {

namespace {

std::string tagsText(std::vector<std::string> tags) {
    std::sort(tags.begin(), tags.end());
    std::string out;
    for (const auto& t : tags) out += (out.empty() ? "" : ",") + t;
    return out.empty() ? "(no tags)" : out;
}

std::vector<MetaGraphDiff> diffMetaGraphs(const Model& a, const Model& b) {
    std::map<std::string, std::pair<const MetaGraph*, const MetaGraph*>> byTags;
    for (const auto& m : a.metaGraphs) byTags[tagsText(m.tags)].first = &m;
    for (const auto& m : b.metaGraphs) byTags[tagsText(m.tags)].second = &m;
    std::vector<MetaGraphDiff> out;
    for (const auto& [tags, pair] : byTags) {
        MetaGraphDiff d;
        d.tags = (pair.first ? pair.first : pair.second)->tags;
        std::sort(d.tags.begin(), d.tags.end());
        d.status = !pair.first ? EntryStatus::Added : !pair.second ? EntryStatus::Removed : EntryStatus::Unchanged;
        out.push_back(std::move(d));
    }
    return out;
}

std::string specText(const TensorSpec& s) {
    return s.tensorName + " " + dtypeShortName(s.dtype) + s.shape.toString();
}

void diffSpecs(const char* side, const std::vector<TensorSpec>& a, const std::vector<TensorSpec>& b,
               std::vector<std::string>& changes) {
    std::map<std::string, std::pair<const TensorSpec*, const TensorSpec*>> byKey;
    for (const auto& s : a) byKey[s.key].first = &s;
    for (const auto& s : b) byKey[s.key].second = &s;
    for (const auto& [key, pair] : byKey) {
        const std::string what = std::string(side) + " " + key;
        if (!pair.first) changes.push_back(what + " added: " + specText(*pair.second));
        else if (!pair.second) changes.push_back(what + " removed: " + specText(*pair.first));
        else {
            const TensorSpec& x = *pair.first;
            const TensorSpec& y = *pair.second;
            if (x.tensorName != y.tensorName) changes.push_back(what + ": tensor " + x.tensorName + " → " + y.tensorName);
            if (x.dtype != y.dtype) changes.push_back(what + ": dtype " + dtypeShortName(x.dtype) + " → " + dtypeShortName(y.dtype));
            if (x.shape != y.shape) changes.push_back(what + ": shape " + x.shape.toString() + " → " + y.shape.toString());
        }
    }
}

std::vector<SignatureDiff> diffSignatures(const MetaGraph* a, const MetaGraph* b) {
    std::map<std::string, std::pair<const Signature*, const Signature*>> byKey;
    if (a)
        for (const auto& s : a->signatures) byKey[s.key].first = &s;
    if (b)
        for (const auto& s : b->signatures) byKey[s.key].second = &s;
    std::vector<SignatureDiff> out;
    for (const auto& [key, pair] : byKey) {
        SignatureDiff d;
        d.key = key;
        if (!pair.first) d.status = EntryStatus::Added;
        else if (!pair.second) d.status = EntryStatus::Removed;
        else {
            if (pair.first->method != pair.second->method)
                d.changes.push_back("method " + pair.first->method + " → " + pair.second->method);
            diffSpecs("input", pair.first->inputs, pair.second->inputs, d.changes);
            diffSpecs("output", pair.first->outputs, pair.second->outputs, d.changes);
            d.status = d.changes.empty() ? EntryStatus::Unchanged : EntryStatus::Changed;
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::string argText(const tensorflow::OpDef::ArgDef& arg) {
    return arg.name() + ": " + (arg.type() != tensorflow::DT_INVALID ? dtypeShortName(arg.type())
                                : !arg.type_attr().empty()        ? arg.type_attr()
                                                                  : arg.type_list_attr());
}

std::vector<std::string> diffFunctionSignatures(const tensorflow::OpDef& a, const tensorflow::OpDef& b) {
    std::vector<std::string> changes;
    auto args = [&](const char* side, const auto& x, const auto& y) {
        std::string ta, tb;
        for (const auto& arg : x) ta += (ta.empty() ? "" : ", ") + argText(arg);
        for (const auto& arg : y) tb += (tb.empty() ? "" : ", ") + argText(arg);
        if (ta != tb) changes.push_back(std::string(side) + " (" + ta + ") → (" + tb + ")");
    };
    args("inputs", a.input_arg(), b.input_arg());
    args("outputs", a.output_arg(), b.output_arg());
    return changes;
}

/// "__inference_call_1234" -> "__inference_call": TF appends a unique number per trace.
std::string functionStem(const std::string& name) {
    size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
    if (end < name.size() && end > 0 && name[end - 1] == '_') return name.substr(0, end - 1);
    return name;
}

std::vector<FunctionDiff> diffFunctions(const tensorflow::FunctionDefLibrary& la, const tensorflow::FunctionDefLibrary& lb,
                                        const DiffOptions& options, const WorkContext& work) {
    std::map<std::string, const tensorflow::FunctionDef*> fa, fb;
    for (const auto& f : la.function()) fa[f.signature().name()] = &f;
    for (const auto& f : lb.function()) fb[f.signature().name()] = &f;
    std::vector<std::pair<const tensorflow::FunctionDef*, const tensorflow::FunctionDef*>> pairs;
    std::vector<const tensorflow::FunctionDef*> onlyA, onlyB;
    for (const auto& [name, f] : fa) {
        auto it = fb.find(name);
        if (it != fb.end()) pairs.push_back({f, it->second});
        else onlyA.push_back(f);
    }
    for (const auto& [name, f] : fb)
        if (!fa.count(name)) onlyB.push_back(f);
    // Functions retraced under a new number pair by stem when the stem is unique on both sides.
    if (options.match == MatchMode::Structure) {
        std::map<std::string, std::pair<std::vector<const tensorflow::FunctionDef*>, std::vector<const tensorflow::FunctionDef*>>> stems;
        for (auto* f : onlyA) stems[functionStem(f->signature().name())].first.push_back(f);
        for (auto* f : onlyB) stems[functionStem(f->signature().name())].second.push_back(f);
        onlyA.clear();
        onlyB.clear();
        for (auto& [stem, sides] : stems) {
            if (sides.first.size() == 1 && sides.second.size() == 1) {
                pairs.push_back({sides.first[0], sides.second[0]});
                continue;
            }
            onlyA.insert(onlyA.end(), sides.first.begin(), sides.first.end());
            onlyB.insert(onlyB.end(), sides.second.begin(), sides.second.end());
        }
    }
    std::vector<FunctionDiff> out;
    size_t done = 0;
    for (const auto& [f, g] : pairs) {
        if (work.cancelled()) break;
        work.report(double(done++) / double(pairs.size() + 1), TFS_PHRASE("Progress", "function %1"), {g->signature().name()});
        FunctionDiff d;
        d.nameA = f->signature().name();
        d.nameB = g->signature().name();
        d.signatureChanges = diffFunctionSignatures(f->signature(), g->signature());
        FunctionBody ba = functionBodyGraph(*f, &la);
        FunctionBody bb = functionBodyGraph(*g, &lb);
        if (!ba.problems.empty()) d.problem = "A: " + ba.problems.front();
        else if (!bb.problems.empty()) d.problem = "B: " + bb.problems.front();
        d.body = diffGraphs(*ba.graph, *bb.graph, options);
        d.status = d.signatureChanges.empty() && d.body.identical() && d.nameA == d.nameB ? EntryStatus::Unchanged
                                                                                          : EntryStatus::Changed;
        out.push_back(std::move(d));
    }
    for (auto* f : onlyA) {
        FunctionDiff d;
        d.nameA = f->signature().name();
        d.status = EntryStatus::Removed;
        out.push_back(std::move(d));
    }
    for (auto* f : onlyB) {
        FunctionDiff d;
        d.nameB = f->signature().name();
        d.status = EntryStatus::Added;
        out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const FunctionDiff& x, const FunctionDiff& y) { return x.name() < y.name(); });
    return out;
}

Result<std::vector<VariableDiff>> diffVariables(const VariableStore* a, const VariableStore* b, const DiffOptions& options,
                                                const WorkContext& work) {
    std::vector<VariableDiff> out;
    if (!a && !b) return out;
    std::map<std::string, std::pair<const VariableStore::Entry*, const VariableStore::Entry*>> byKey;
    if (a)
        for (const auto& e : a->entries()) byKey[e.key].first = &e;
    if (b)
        for (const auto& e : b->entries()) byKey[e.key].second = &e;
    size_t done = 0;
    for (const auto& [key, pair] : byKey) {
        if (work.cancelled()) return cancelled();
        if (++done % 64 == 0) work.report(double(done) / double(byKey.size()), TFS_PHRASE("Progress", "variable %1"), {key});
        VariableDiff d;
        d.key = key;
        const auto* ea = pair.first;
        const auto* eb = pair.second;
        if (!ea || !eb) {
            d.status = ea ? EntryStatus::Removed : EntryStatus::Added;
            const auto* e = ea ? ea : eb;
            d.value = ea ? headerDelta(e->dtype, e->shape, tensorflow::DT_INVALID, {}, false)
                         : headerDelta(tensorflow::DT_INVALID, {}, e->dtype, e->shape, false);
            out.push_back(std::move(d));
            continue;
        }
        const bool sameHeader = ea->dtype == eb->dtype && ea->shape == eb->shape;
        // A variable stored in another numeric dtype (slim-checkpoint --float16) still compares value by value.
        const bool castOnly = ea->shape == eb->shape && isNumericType(ea->dtype) && isNumericType(eb->dtype);
        if ((!sameHeader && !castOnly) || !options.compareWeights) {
            // --no-weights: equal dtype and shape count as unchanged; the values are not read.
            d.value = headerDelta(ea->dtype, ea->shape, eb->dtype, eb->shape, sameHeader);
            d.status = sameHeader ? EntryStatus::Unchanged : EntryStatus::Changed;
            out.push_back(std::move(d));
            continue;
        }
        auto ta = a->read(key);
        if (!ta.ok()) return ta.status().withContext(a->path());
        auto tb = b->read(key);
        if (!tb.ok()) return tb.status().withContext(b->path());
        d.value = compareTensors(*ta, *tb);
        d.status = d.value.bitIdentical ? EntryStatus::Unchanged : EntryStatus::Changed;
        out.push_back(std::move(d));
    }
    return out;
}

uint64_t variableBytes(const VariableStore* store) {
    uint64_t total = 0;
    if (store)
        for (const auto& e : store->entries()) total += e.bytes;
    return total;
}

}  // namespace

bool ModelDiff::identical() const {
    if (summary.differences()) return false;
    for (const auto& m : metaGraphs)
        if (m.status != EntryStatus::Unchanged) return false;
    for (const auto& s : signatures)
        if (s.status != EntryStatus::Unchanged) return false;
    for (const auto& f : functions)
        if (f.status != EntryStatus::Unchanged) return false;
    for (const auto& v : variables)
        if (v.status != EntryStatus::Unchanged) return false;
    return true;
}

Result<ModelDiff> diffModels(const Model& a, const Model& b, const DiffOptions& options, const WorkContext& work) {
    ModelDiff d;
    d.pathA = a.path;
    d.pathB = b.path;
    d.formatA = formatName(a.format);
    d.formatB = formatName(b.format);
    d.options = options;
    d.metaGraphs = diffMetaGraphs(a, b);
    if (!a.metaGraphs.empty()) d.metaGraphA = 0;
    if (!b.metaGraphs.empty()) {
        d.metaGraphB = d.metaGraphA >= 0 ? b.findMetaGraph(a.metaGraphs[0].tags) : 0;
        if (d.metaGraphB < 0) d.metaGraphB = 0;
    }
    const MetaGraph* ma = d.metaGraphA >= 0 ? &a.metaGraphs[size_t(d.metaGraphA)] : nullptr;
    const MetaGraph* mb = d.metaGraphB >= 0 ? &b.metaGraphs[size_t(d.metaGraphB)] : nullptr;
    if (ma && mb && tagsText(ma->tags) != tagsText(mb->tags))
        d.notes.push_back(phrase(TFS_PHRASE("Notes", "compared meta graph {%1} of A with {%2} of B"),
                                 tagsText(ma->tags), tagsText(mb->tags)));
    if (ma && mb) {
        WorkContext graphWork = work.part(0.0, 0.4);
        d.graph = diffGraphs(ma->def.graph_def(), mb->def.graph_def(), options, graphWork);
        if (work.cancelled()) return cancelled();
        if (options.compareFunctions) {
            WorkContext fnWork = work.part(0.4, 0.7);
            d.functions = diffFunctions(ma->def.graph_def().library(), mb->def.graph_def().library(), options, fnWork);
            if (work.cancelled()) return cancelled();
        }
        d.signatures = diffSignatures(ma, mb);
    } else if (ma || mb) {
        d.notes.push_back(
            phrase(TFS_PHRASE("Notes", "%1 has no graph (a checkpoint alone): only stored variables are compared"),
                   ma ? "B" : "A"));
    }
    WorkContext varWork = work.part(0.7, 1.0);
    if (a.variables && b.variables) {
        TFS_ASSIGN_OR_RETURN(d.variables, diffVariables(a.variables.get(), b.variables.get(), options, varWork));
    } else if (a.variables || b.variables) {
        TFS_ASSIGN_OR_RETURN(d.variables, diffVariables(a.variables.get(), b.variables.get(), options, varWork));
        d.notes.push_back(phrase(TFS_PHRASE("Notes", "%1 stores no variables"), a.variables ? "B" : "A"));
    }
    d.summary = d.graph.summary;
    for (const auto& f : d.functions) d.summary += f.body.summary;
    d.sizes.bytesA = a.sizeBytes;
    d.sizes.bytesB = b.sizeBytes;
    d.sizes.variableBytesA = variableBytes(a.variables.get());
    d.sizes.variableBytesB = variableBytes(b.variables.get());
    d.sizes.nodesA = d.graph.nodesA;
    d.sizes.nodesB = d.graph.nodesB;
    d.sizes.functionsA = ma ? ma->def.graph_def().library().function_size() : 0;
    d.sizes.functionsB = mb ? mb->def.graph_def().library().function_size() : 0;
    work.report(1.0, TFS_PHRASE("Progress", "done"));
    return d;
}

}  // namespace tfs::diff
