#include "core/exec/lookup_table_ops.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "core/model/attrs.h"

namespace tfs::exec {
namespace {

// Slots of one table inside the session's VariableTable.
std::string keysSlot(const std::string& table) { return table + "#table_keys"; }
std::string valuesSlot(const std::string& table) { return table + "#table_values"; }
std::string sourceSlot(const std::string& table) { return table + "#table_source"; }

bool isIntegerKey(DataType t) { return t == tensorflow::DT_INT64 || t == tensorflow::DT_INT32; }

int64_t keyAt(const Tensor& t, int64_t i) {
    return t.dtype() == tensorflow::DT_INT64 ? t.data<int64_t>()[i] : int64_t(t.data<int32_t>()[i]);
}

Result<std::string> tableName(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor h, ctx.input(0));
    std::string name = resourceHandleName(h);
    if (name.empty()) return ctx.error(TFS_PHRASE("Errors", "input 0 must be a table handle, got %1"), h.describe());
    return name;
}

Status opCreateTable(OpContext& ctx) {
    ctx.setOutput(0, makeResourceHandle("table:" + ctx.env.resourceName(ctx.def())));
    return okStatus();
}

// Keys (int32/int64 or string) with value rows; stores keys sorted, with their rows.
Status opImport(OpContext& ctx) {
    if (ctx.inputs.size() != 3) return ctx.error(TFS_PHRASE("Errors", "expects (table_handle, keys, values)"));
    TFS_ASSIGN_OR_RETURN(std::string table, tableName(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor keys, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(Tensor values, ctx.input(2));
    auto& vars = ctx.env.variables();
    // Re-importing the very same constant tensors (a graph that imports on every run) is a no-op.
    auto source = vars.get(sourceSlot(table));
    if (auto previous = source->read(); previous.ok() && previous->buffer() && previous->buffer() == keys.buffer() &&
                                        vars.get(valuesSlot(table))->read().ok())
        return okStatus();
    const int64_t n = keys.numElements();
    if (!isIntegerKey(keys.dtype()) && keys.dtype() != tensorflow::DT_STRING)
        return ctx.error(TFS_PHRASE("Errors", "keys must be int32, int64 or string, got %1"), keys.describe());
    if (values.rank() < 1 || values.dim(0) != n || (keys.rank() != 1 && n > 0))
        return ctx.error(TFS_PHRASE("Errors", "keys must be 1-D and values must have one row per key: %1 vs %2"),
                         keys.describe(), values.describe());
    const int64_t row = n ? values.numElements() / n : 0;
    std::vector<int64_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    if (keys.dtype() == tensorflow::DT_STRING)
        std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return keys.strings()[size_t(a)] < keys.strings()[size_t(b)]; });
    else
        std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return keyAt(keys, a) < keyAt(keys, b); });
    Tensor sortedKeys(keys.dtype(), {n});
    Tensor sortedValues(values.dtype(), values.dims());
    const size_t rowBytes = size_t(row) * dtypeSize(values.dtype());
    if (values.dtype() != tensorflow::DT_STRING && rowBytes == 0 && row > 0)
        return ctx.error(TFS_PHRASE("Errors", "unsupported value dtype %1"), values.describe());
    for (int64_t i = 0; i < n; ++i) {
        const int64_t from = order[size_t(i)];
        if (keys.dtype() == tensorflow::DT_STRING) sortedKeys.strings()[size_t(i)] = keys.strings()[size_t(from)];
        else if (keys.dtype() == tensorflow::DT_INT64) sortedKeys.data<int64_t>()[i] = keys.data<int64_t>()[from];
        else sortedKeys.data<int32_t>()[i] = keys.data<int32_t>()[from];
        if (values.dtype() == tensorflow::DT_STRING)
            for (int64_t j = 0; j < row; ++j) sortedValues.strings()[size_t(i * row + j)] = values.strings()[size_t(from * row + j)];
        else
            std::memcpy(sortedValues.rawData() + size_t(i) * rowBytes, values.rawData() + size_t(from) * rowBytes, rowBytes);
    }
    vars.get(keysSlot(table))->write(std::move(sortedKeys));
    vars.get(valuesSlot(table))->write(std::move(sortedValues));
    source->write(keys);
    return okStatus();
}

Status opFind(OpContext& ctx) {
    if (ctx.inputs.size() != 3) return ctx.error(TFS_PHRASE("Errors", "expects (table_handle, keys, default_value)"));
    TFS_ASSIGN_OR_RETURN(std::string table, tableName(ctx));
    TFS_ASSIGN_OR_RETURN(Tensor query, ctx.input(1));
    TFS_ASSIGN_OR_RETURN(Tensor fallback, ctx.input(2));
    auto keysValue = ctx.env.variables().get(keysSlot(table))->read();
    auto valuesValue = ctx.env.variables().get(valuesSlot(table))->read();
    if (!keysValue.ok() || !valuesValue.ok())
        return ctx.error(
            TFS_PHRASE(
                "Errors",
                "table '%1' is not initialized: run its LookupTableImportV2 / InitializeTableV2 (the init op) first"),
            table);
    const Tensor& keys = *keysValue;
    const Tensor& values = *valuesValue;
    if ((keys.dtype() == tensorflow::DT_STRING) != (query.dtype() == tensorflow::DT_STRING) ||
        (query.dtype() != tensorflow::DT_STRING && !isIntegerKey(query.dtype())))
        return ctx.error(TFS_PHRASE("Errors", "keys %1 do not match the table's %2 keys"), query.describe(),
                         dtypeShortName(keys.dtype()));
    if (fallback.dtype() != values.dtype())
        return ctx.error(TFS_PHRASE("Errors", "default_value must be %1"), dtypeShortName(values.dtype()));
    Dims rowDims(values.dims().begin() + 1, values.dims().end());
    int64_t row = 1;
    for (auto d : rowDims) row *= d;
    if (fallback.numElements() != 1 && fallback.numElements() != row)
        return ctx.error(TFS_PHRASE("Errors", "default_value must be a scalar or one value row, got %1"),
                         fallback.describe());
    Dims outDims = query.dims();
    outDims.insert(outDims.end(), rowDims.begin(), rowDims.end());
    auto made = Tensor::make(values.dtype(), outDims);
    if (!made.ok()) return ctx.error(made.status());
    Tensor out = std::move(made).value();
    const bool strings = values.dtype() == tensorflow::DT_STRING;
    const size_t elem = strings ? 0 : dtypeSize(values.dtype());
    const int64_t n = keys.numElements();
    for (int64_t i = 0; i < query.numElements(); ++i) {
        int64_t lo = 0, hi = n;  // binary search over the sorted keys
        while (lo < hi) {
            int64_t mid = (lo + hi) / 2;
            bool less = query.dtype() == tensorflow::DT_STRING ? keys.strings()[size_t(mid)] < query.strings()[size_t(i)]
                                                               : keyAt(keys, mid) < keyAt(query, i);
            if (less) lo = mid + 1;
            else hi = mid;
        }
        bool found = lo < n && (query.dtype() == tensorflow::DT_STRING ? keys.strings()[size_t(lo)] == query.strings()[size_t(i)]
                                                                       : keyAt(keys, lo) == keyAt(query, i));
        for (int64_t j = 0; j < row; ++j) {
            const Tensor& src = found ? values : fallback;
            const int64_t at = found ? lo * row + j : (fallback.numElements() == 1 ? 0 : j);
            if (strings) out.strings()[size_t(i * row + j)] = src.strings()[size_t(at)];
            else std::memcpy(out.rawData() + size_t(i * row + j) * elem, src.rawData() + size_t(at) * elem, elem);
        }
    }
    ctx.setOutput(0, std::move(out));
    return okStatus();
}

Status opSize(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(std::string table, tableName(ctx));
    auto keys = ctx.env.variables().get(keysSlot(table))->read();
    ctx.setOutput(0, Tensor::scalar<int64_t>(tensorflow::DT_INT64, keys.ok() ? keys->numElements() : 0));
    return okStatus();
}

}  // namespace

EngineOpFn findLookupTableOp(const std::string& op) {
    static const std::unordered_map<std::string, EngineOpFn> ops = {
        {"HashTableV2", opCreateTable},
        {"MutableHashTableV2", opCreateTable},
        {"MutableHashTableOfTensorsV2", opCreateTable},
        {"LookupTableImportV2", opImport},
        {"InitializeTableV2", opImport},
        {"LookupTableFindV2", opFind},
        {"LookupTableSizeV2", opSize},
    };
    auto it = ops.find(op);
    return it == ops.end() ? nullptr : it->second;
}

}  // namespace tfs::exec
