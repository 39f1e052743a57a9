// String ops that serving graphs use around the model: StringJoin, ReduceJoin, StringSplit,
// AsString, StaticRegexFullMatch, RegexFullMatch, ShardedFilename.

#include <cstdio>
#include <regex>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

Status requireString(const KernelContext& ctx, int index, const char* what) {
    if (ctx.inputs[size_t(index)].dtype() != tensorflow::DT_STRING)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a string tensor, got %2"), what,
                         ctx.inputs[size_t(index)].describe());
    return okStatus();
}

Status stringJoin(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, -1));
    Dims outDims;
    for (size_t i = 0; i < ctx.inputs.size(); ++i) {
        TFS_RETURN_IF_ERROR(requireString(ctx, int(i), "inputs"));
        const Tensor& t = ctx.inputs[i];
        if (t.rank() == 0) continue;
        if (!outDims.empty() && t.dims() != outDims)
            return ctx.error(TFS_PHRASE("Errors", "inputs must be scalars or of one shape, got %1"), t.describe());
        outDims = t.dims();
    }
    std::string sep = attrString(ctx.node, "separator");
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_STRING, outDims, &out));
    for (int64_t e = 0; e < out->numElements(); ++e) {
        std::string s;
        for (size_t i = 0; i < ctx.inputs.size(); ++i) {
            const Tensor& t = ctx.inputs[i];
            if (i) s += sep;
            s += t.strings()[size_t(t.rank() == 0 ? 0 : e)];
        }
        out->strings()[size_t(e)] = std::move(s);
    }
    return okStatus();
}

Status reduceJoin(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    TFS_RETURN_IF_ERROR(requireString(ctx, 0, "inputs"));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> axes;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &axes, "reduction_indices"));
    std::vector<bool> reduce(static_cast<size_t>(x.rank()), axes.empty());
    for (int64_t a : axes) {
        int ax;
        TFS_RETURN_IF_ERROR(normalizeAxis(ctx, a, x.rank(), &ax, "reduction index"));
        reduce[size_t(ax)] = true;
    }
    bool keep = attrBool(ctx.node, "keep_dims");
    std::string sep = attrString(ctx.node, "separator");
    Dims outDims, keptDims;
    for (int d = 0; d < x.rank(); ++d) {
        if (!reduce[size_t(d)]) outDims.push_back(x.dim(d));
        else if (keep) outDims.push_back(1);
        keptDims.push_back(reduce[size_t(d)] ? 1 : x.dim(d));
    }
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_STRING, outDims, &out));
    std::vector<bool> started(static_cast<size_t>(out->numElements()), false);
    auto keptStrides = rowMajorStrides(keptDims);
    for (int64_t i = 0; i < x.numElements(); ++i) {
        int64_t rem = i, o = 0;
        for (int d = x.rank() - 1; d >= 0; --d) {
            int64_t k = rem % x.dim(d);
            rem /= x.dim(d);
            if (!reduce[size_t(d)]) o += k * keptStrides[size_t(d)];
        }
        std::string& s = out->strings()[size_t(o)];
        if (started[size_t(o)]) s += sep;
        started[size_t(o)] = true;
        s += x.strings()[size_t(i)];
    }
    return okStatus();
}

Status stringSplit(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    TFS_RETURN_IF_ERROR(requireString(ctx, 0, "input"));
    TFS_RETURN_IF_ERROR(requireString(ctx, 1, "delimiter"));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() != 1) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "input", 1, x.describe());
    if (ctx.inputs[1].numElements() != 1) return ctx.error(TFS_PHRASE("Errors", "delimiter must be a scalar"));
    const std::string delim = ctx.inputs[1].strings()[0];
    bool skipEmpty = attrBool(ctx.node, "skip_empty", true);
    std::vector<std::pair<int64_t, int64_t>> indices;
    std::vector<std::string> tokens;
    int64_t maxTokens = 0;
    for (int64_t i = 0; i < x.numElements(); ++i) {
        const std::string& s = x.strings()[size_t(i)];
        std::vector<std::string> parts;
        if (delim.empty()) {
            for (char c : s) parts.emplace_back(1, c);
        } else {
            std::string cur;
            for (char c : s) {
                if (delim.find(c) != std::string::npos) {
                    parts.push_back(cur);
                    cur.clear();
                } else {
                    cur += c;
                }
            }
            parts.push_back(cur);
        }
        int64_t n = 0;
        for (auto& p : parts) {
            if (skipEmpty && p.empty()) continue;
            indices.push_back({i, n++});
            tokens.push_back(std::move(p));
        }
        maxTokens = std::max(maxTokens, n);
    }
    Tensor* idx;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_INT64, {int64_t(indices.size()), 2}, &idx));
    for (size_t k = 0; k < indices.size(); ++k) {
        idx->data<int64_t>()[2 * k] = indices[k].first;
        idx->data<int64_t>()[2 * k + 1] = indices[k].second;
    }
    Tensor* vals;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_STRING, {int64_t(tokens.size())}, &vals));
    vals->strings() = std::move(tokens);
    Tensor* shape;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 2, tensorflow::DT_INT64, {2}, &shape));
    shape->data<int64_t>()[0] = x.numElements();
    shape->data<int64_t>()[1] = maxTokens;
    return okStatus();
}

Status asString(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    int64_t precision = attrInt(ctx.node, "precision", -1), width = attrInt(ctx.node, "width", -1);
    bool scientific = attrBool(ctx.node, "scientific"), shortest = attrBool(ctx.node, "shortest");
    std::string fill = attrString(ctx.node, "fill");
    if (fill.size() > 1) return ctx.error(TFS_PHRASE("Errors", "fill must be at most one character"));
    std::string fmt = "%";
    if (!fill.empty() && fill != " ") fmt += fill;
    if (width > -1) fmt += std::to_string(width);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_STRING, x.dims(), &out));
    bool isFloat = isFloatingType(x.dtype());
    if (isFloat) {
        if (precision > -1) fmt += "." + std::to_string(precision);
        fmt += shortest ? "g" : scientific ? "e" : "f";
    } else if (x.dtype() == tensorflow::DT_BOOL) {
        for (int64_t i = 0; i < x.numElements(); ++i) out->strings()[size_t(i)] = x.data<bool>()[i] ? "true" : "false";
        return okStatus();
    } else {
        fmt += "lld";
    }
    Tensor xf = toFloatTensor(x);
    for (int64_t i = 0; i < x.numElements(); ++i) {
        char buf[128];
        double v = tensorElementAsDouble(xf, i);
        if (isFloat) std::snprintf(buf, sizeof buf, fmt.c_str(), v);
        else std::snprintf(buf, sizeof buf, fmt.c_str(), static_cast<long long>(v));
        out->strings()[size_t(i)] = buf;
    }
    return okStatus();
}

Status regexFullMatch(KernelContext& ctx) {
    bool isStatic = ctx.node.op() == "StaticRegexFullMatch";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, isStatic ? 1 : 2));
    TFS_RETURN_IF_ERROR(requireString(ctx, 0, "input"));
    if (!isStatic) TFS_RETURN_IF_ERROR(requireString(ctx, 1, "pattern"));
    std::string pattern = isStatic ? attrString(ctx.node, "pattern") : (ctx.inputs[1].numElements() ? ctx.inputs[1].strings()[0] : "");
    std::regex re;
    try {
        re = std::regex(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        return ctx.error(TFS_PHRASE("Errors", "invalid pattern '%1': %2"), pattern, e.what());
    }
    const Tensor& x = ctx.inputs[0];
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_BOOL, x.dims(), &out));
    for (int64_t i = 0; i < x.numElements(); ++i) out->data<bool>()[i] = std::regex_match(x.strings()[size_t(i)], re);
    return okStatus();
}

Status shardedFilename(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    TFS_RETURN_IF_ERROR(requireString(ctx, 0, "basename"));
    if (ctx.inputs[0].numElements() != 1) return ctx.error(TFS_PHRASE("Errors", "basename must be a string scalar"));
    int64_t shard, num;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &shard, "shard"));
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 2, &num, "num_shards"));
    char buf[64];
    std::snprintf(buf, sizeof buf, "-%05lld-of-%05lld", static_cast<long long>(shard), static_cast<long long>(num));
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_STRING, {}, &out));
    out->strings()[0] = ctx.inputs[0].strings().at(0) + buf;
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> stringKernels() {
    return {
        {"StringJoin", &stringJoin},
        {"ReduceJoin", &reduceJoin},
        {"StringSplit", &stringSplit},
        {"AsString", &asString},
        {"StaticRegexFullMatch", &regexFullMatch},
        {"RegexFullMatch", &regexFullMatch},
        {"ShardedFilename", &shardedFilename},
    };
}

}  // namespace tfs::exec::kernels
