// ParseExample and ParseExampleV2 for dense features (serving signatures that take
// serialized tf.Example protos). The Example wire format is decoded directly.

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

#include <cstring>

#include <map>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

using google::protobuf::io::CodedInputStream;

struct Feature {
    int kind = 0;  // 1 bytes, 2 float, 3 int64
    std::vector<std::string> bytes;
    std::vector<float> floats;
    std::vector<int64_t> ints;
};

bool readLengthDelimited(CodedInputStream& in, std::string* out) {
    uint32_t len;
    return in.ReadVarint32(&len) && in.ReadString(out, int(len));
}

bool parseList(const std::string& data, int kind, Feature* f) {
    CodedInputStream in(reinterpret_cast<const uint8_t*>(data.data()), int(data.size()));
    f->kind = kind;
    while (uint32_t tag = in.ReadTag()) {
        int field = int(tag >> 3), wire = int(tag & 7);
        if (field != 1) {
            if (!google::protobuf::internal::WireFormatLite::SkipField(&in, tag)) return false;
            continue;
        }
        if (kind == 1 && wire == 2) {
            std::string s;
            if (!readLengthDelimited(in, &s)) return false;
            f->bytes.push_back(std::move(s));
        } else if (kind == 2 && wire == 5) {
            uint32_t bits;
            if (!in.ReadLittleEndian32(&bits)) return false;
            float v;
            std::memcpy(&v, &bits, 4);
            f->floats.push_back(v);
        } else if (kind == 3 && wire == 0) {
            uint64_t v;
            if (!in.ReadVarint64(&v)) return false;
            f->ints.push_back(int64_t(v));
        } else if (wire == 2) {  // packed
            std::string packed;
            if (!readLengthDelimited(in, &packed)) return false;
            CodedInputStream p(reinterpret_cast<const uint8_t*>(packed.data()), int(packed.size()));
            while (p.CurrentPosition() < int(packed.size())) {
                if (kind == 2) {
                    uint32_t bits;
                    if (!p.ReadLittleEndian32(&bits)) return false;
                    float v;
                    std::memcpy(&v, &bits, 4);
                    f->floats.push_back(v);
                } else {
                    uint64_t v;
                    if (!p.ReadVarint64(&v)) return false;
                    f->ints.push_back(int64_t(v));
                }
            }
        } else {
            return false;
        }
    }
    return true;
}

// Example{features=1{feature=1 map<string, Feature{bytes_list=1|float_list=2|int64_list=3}>}}
bool parseExample(const std::string& bytes, std::map<std::string, Feature>* out) {
    CodedInputStream in(reinterpret_cast<const uint8_t*>(bytes.data()), int(bytes.size()));
    while (uint32_t tag = in.ReadTag()) {
        if (tag != ((1u << 3) | 2u)) {
            if (!google::protobuf::internal::WireFormatLite::SkipField(&in, tag)) return false;
            continue;
        }
        std::string features;
        if (!readLengthDelimited(in, &features)) return false;
        CodedInputStream fin(reinterpret_cast<const uint8_t*>(features.data()), int(features.size()));
        while (uint32_t ftag = fin.ReadTag()) {
            if (ftag != ((1u << 3) | 2u)) {
                if (!google::protobuf::internal::WireFormatLite::SkipField(&fin, ftag)) return false;
                continue;
            }
            std::string entry;
            if (!readLengthDelimited(fin, &entry)) return false;
            CodedInputStream ein(reinterpret_cast<const uint8_t*>(entry.data()), int(entry.size()));
            std::string key;
            Feature feature;
            while (uint32_t etag = ein.ReadTag()) {
                if (etag == ((1u << 3) | 2u)) {
                    if (!readLengthDelimited(ein, &key)) return false;
                } else if (etag == ((2u << 3) | 2u)) {
                    std::string value;
                    if (!readLengthDelimited(ein, &value)) return false;
                    CodedInputStream vin(reinterpret_cast<const uint8_t*>(value.data()), int(value.size()));
                    while (uint32_t vtag = vin.ReadTag()) {
                        int field = int(vtag >> 3);
                        if ((vtag & 7) == 2 && field >= 1 && field <= 3) {
                            std::string list;
                            if (!readLengthDelimited(vin, &list) || !parseList(list, field, &feature)) return false;
                        } else if (!google::protobuf::internal::WireFormatLite::SkipField(&vin, vtag)) {
                            return false;
                        }
                    }
                } else if (!google::protobuf::internal::WireFormatLite::SkipField(&ein, etag)) {
                    return false;
                }
            }
            (*out)[key] = std::move(feature);
        }
    }
    return true;
}

// Shared dense parsing: keys, defaults, dtypes and shapes already gathered.
Status parseDense(KernelContext& ctx, const Tensor& serialized, const std::vector<std::string>& keys,
                  const std::vector<const Tensor*>& defaults, int firstOutput) {
    if (keys.empty()) return okStatus();
    auto shapeAttr = ctx.node.attr().find("dense_shapes");
    if (shapeAttr == ctx.node.attr().end())
        return ctx.error(TFS_PHRASE("Errors", "missing attribute %1"), "dense_shapes");
    const auto& shapes = shapeAttr->second.list().shape();
    std::vector<DataType> types = attrTypes(ctx.node, "Tdense");
    if (types.size() != keys.size() || defaults.size() != keys.size() || int(shapes.size()) != int(keys.size()))
        return ctx.error(
            TFS_PHRASE("Errors", "dense keys, defaults, Tdense and dense_shapes must have the same length"));
    const int64_t batch = serialized.numElements();
    std::vector<std::map<std::string, Feature>> examples(static_cast<size_t>(batch));
    for (int64_t b = 0; b < batch; ++b)
        if (!parseExample(serialized.strings()[size_t(b)], &examples[size_t(b)]))
            return ctx.error(TFS_PHRASE("Errors", "serialized[%1] is not a valid tf.Example"), b);
    for (size_t k = 0; k < keys.size(); ++k) {
        PartialShape ps = PartialShape::fromProto(shapes[int(k)]);
        if (!ps.isFullyKnown())
            return ctx.error(
                TFS_PHRASE("Errors", "dense_shapes with unknown dims (variable-length features) are not supported"));
        int64_t per = 1;
        for (int64_t d : ps.dims) per *= d;
        Dims outDims = serialized.dims();
        outDims.insert(outDims.end(), ps.dims.begin(), ps.dims.end());
        DataType dt = types[k];
        if (dt != tensorflow::DT_FLOAT && dt != tensorflow::DT_INT64 && dt != tensorflow::DT_STRING)
            return ctx.error(TFS_PHRASE("Errors", "Tdense must be float32, int64 or string"));
        Tensor* out;
        TFS_RETURN_IF_ERROR(allocOutput(ctx, firstOutput + int(k), dt, outDims, &out));
        for (int64_t b = 0; b < batch; ++b) {
            auto it = examples[size_t(b)].find(keys[k]);
            if (it == examples[size_t(b)].end() || it->second.kind == 0) {
                const Tensor& def = *defaults[k];
                if (def.numElements() == 0)
                    return ctx.error(TFS_PHRASE("Errors", "example %1 lacks required feature '%2'"), b, keys[k]);
                if (def.dtype() != dt || (def.numElements() != per && def.numElements() != 1))
                    return ctx.error(TFS_PHRASE("Errors", "default for '%1' has the wrong dtype or size: %2"), keys[k],
                                     def.describe());
                for (int64_t i = 0; i < per; ++i) {
                    int64_t src = def.numElements() == 1 ? 0 : i;
                    if (dt == tensorflow::DT_FLOAT) out->data<float>()[b * per + i] = def.data<float>()[src];
                    else if (dt == tensorflow::DT_INT64) out->data<int64_t>()[b * per + i] = def.data<int64_t>()[src];
                    else out->strings()[size_t(b * per + i)] = def.strings()[size_t(src)];
                }
                continue;
            }
            const Feature& f = it->second;
            int wantKind = dt == tensorflow::DT_STRING ? 1 : dt == tensorflow::DT_FLOAT ? 2 : 3;
            size_t count = wantKind == 1 ? f.bytes.size() : wantKind == 2 ? f.floats.size() : f.ints.size();
            if (f.kind != wantKind)
                return ctx.error(TFS_PHRASE("Errors", "feature '%1' has the wrong type for %2"), keys[k],
                                 dtypeShortName(dt));
            if (int64_t(count) != per)
                return ctx.error(TFS_PHRASE("Errors", "feature '%1' in example %2 has %3 values, expected %4"), keys[k],
                                 b, count, per);
            for (int64_t i = 0; i < per; ++i) {
                if (wantKind == 2) out->data<float>()[b * per + i] = f.floats[size_t(i)];
                else if (wantKind == 3) out->data<int64_t>()[b * per + i] = f.ints[size_t(i)];
                else out->strings()[size_t(b * per + i)] = f.bytes[size_t(i)];
            }
        }
    }
    return okStatus();
}

Status parseExampleV1(KernelContext& ctx) {
    int64_t nSparse = attrInt(ctx.node, "Nsparse"), nDense = attrInt(ctx.node, "Ndense");
    if (nSparse != 0)
        return ctx.error(TFS_PHRASE("Errors", "sparse features are not supported (%1=%2)"), "Nsparse", nSparse);
    TFS_RETURN_IF_ERROR(requireInputs(ctx, int(2 + 2 * nDense)));
    const Tensor& serialized = ctx.inputs[0];
    if (serialized.dtype() != tensorflow::DT_STRING || serialized.rank() != 1)
        return ctx.error(TFS_PHRASE("Errors", "serialized must be a 1-D string tensor, got %1"), serialized.describe());
    std::vector<std::string> keys;
    std::vector<const Tensor*> defaults;
    for (int64_t k = 0; k < nDense; ++k) {
        const Tensor& key = ctx.inputs[size_t(2 + k)];
        if (key.dtype() != tensorflow::DT_STRING || key.numElements() != 1)
            return ctx.error(TFS_PHRASE("Errors", "dense_keys must be string scalars"));
        keys.push_back(key.strings()[0]);
        defaults.push_back(&ctx.inputs[size_t(2 + nDense + k)]);
    }
    return parseDense(ctx, serialized, keys, defaults, 0);
}

Status parseExampleV2(KernelContext& ctx) {
    int64_t nSparse = attrInt(ctx.node, "num_sparse");
    if (nSparse != 0)
        return ctx.error(TFS_PHRASE("Errors", "sparse features are not supported (%1=%2)"), "num_sparse", nSparse);
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 5, -1));
    const Tensor& serialized = ctx.inputs[0];
    if (serialized.dtype() != tensorflow::DT_STRING || serialized.rank() > 1)
        return ctx.error(TFS_PHRASE("Errors", "serialized must be a string scalar or vector, got %1"),
                         serialized.describe());
    const Tensor& denseKeys = ctx.inputs[3];
    if (ctx.inputs[4].numElements() != 0) return ctx.error(TFS_PHRASE("Errors", "ragged features are not supported"));
    if (denseKeys.dtype() != tensorflow::DT_STRING)
        return ctx.error(TFS_PHRASE("Errors", "dense_keys must be strings"));
    std::vector<std::string> keys(denseKeys.strings().begin(), denseKeys.strings().end());
    if (int(ctx.inputs.size()) != 5 + int(keys.size()))
        return ctx.error(TFS_PHRASE("Errors", "expected one dense default per dense key"));
    std::vector<const Tensor*> defaults;
    for (size_t k = 0; k < keys.size(); ++k) defaults.push_back(&ctx.inputs[5 + k]);
    return parseDense(ctx, serialized, keys, defaults, 0);
}

}  // namespace

std::vector<KernelEntry> parseExampleKernels() {
    return {
        {"ParseExample", &parseExampleV1},
        {"ParseExampleV2", &parseExampleV2},
    };
}

}  // namespace tfs::exec::kernels
