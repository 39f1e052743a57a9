// SpaceToBatchND, BatchToSpaceND, DepthToSpace and SpaceToDepth (NHWC), as index remaps.

#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

// Copies element-wise: out[i] = in[src(i)] (or zero when src(i) < 0).
template <typename SrcFn>
Status remapElements(KernelContext& ctx, const Tensor& in, const Dims& outDims, SrcFn src) {
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, in.dtype(), outDims, &out));
    if (in.dtype() == tensorflow::DT_STRING) {
        for (int64_t i = 0; i < out->numElements(); ++i) {
            int64_t s = src(i);
            if (s >= 0) out->strings()[size_t(i)] = in.strings()[size_t(s)];
        }
        return okStatus();
    }
    const int64_t es = dtypeSize(in.dtype());
    if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(in.dtype()));
    for (int64_t i = 0; i < out->numElements(); ++i) {
        int64_t s = src(i);
        if (s >= 0) std::memcpy(out->rawData() + i * es, in.rawData() + s * es, size_t(es));
    }
    return okStatus();
}

Status readBlockArgs(KernelContext& ctx, const Tensor& x, std::vector<int64_t>* block, std::vector<int64_t>* pads, const char* padName) {
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, block, "block_shape"));
    const Tensor& p = ctx.inputs[2];
    size_t m = block->size();
    if (m == 0 || int(m) + 1 > x.rank())
        return ctx.error(TFS_PHRASE("Errors", "block_shape must have 1 to rank-1 entries for input %1"), x.describe());
    if (p.rank() != 2 || p.dim(0) != int64_t(m) || p.dim(1) != 2)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be [%2,2], got %3"), padName, m, p.describe());
    Tensor flat = *p.reshaped({p.numElements()});
    std::vector<Tensor> tmpIn{flat};
    std::vector<Tensor> tmpOut;
    KernelContext tmp{ctx.node, tmpIn, tmpOut, nullptr};
    TFS_RETURN_IF_ERROR(readInts(tmp, 0, pads, padName));
    for (int64_t b : *block)
        if (b < 1) return ctx.error(TFS_PHRASE("Errors", "block_shape entries must be >= 1"));
    for (int64_t v : *pads)
        if (v < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), padName, 0);
    return okStatus();
}

Status spaceToBatch(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> block, pads;
    TFS_RETURN_IF_ERROR(readBlockArgs(ctx, x, &block, &pads, "paddings"));
    const int m = int(block.size()), rank = x.rank();
    const int64_t B = x.dim(0);
    int64_t prod = 1;
    Dims outDims{0};
    for (int i = 0; i < m; ++i) {
        int64_t padded = x.dim(i + 1) + pads[size_t(2 * i)] + pads[size_t(2 * i + 1)];
        if (padded % block[size_t(i)] != 0)
            return ctx.error(TFS_PHRASE("Errors", "padded spatial size %1 is not divisible by block %2"), padded,
                             block[size_t(i)]);
        outDims.push_back(padded / block[size_t(i)]);
        prod *= block[size_t(i)];
    }
    outDims[0] = B * prod;
    for (int d = m + 1; d < rank; ++d) outDims.push_back(x.dim(d));
    auto inStrides = rowMajorStrides(x.dims());
    return remapElements(ctx, x, outDims, [&](int64_t i) -> int64_t {
        int64_t rem = i, off = 0;
        std::vector<int64_t> idx(outDims.size());
        for (int d = int(outDims.size()) - 1; d >= 0; --d) {
            idx[size_t(d)] = rem % outDims[size_t(d)];
            rem /= outDims[size_t(d)];
        }
        int64_t b = idx[0] % B, blockIndex = idx[0] / B;
        off = b * inStrides[0];
        for (int s = m - 1; s >= 0; --s) {
            int64_t o = blockIndex % block[size_t(s)];
            blockIndex /= block[size_t(s)];
            int64_t pos = idx[size_t(s + 1)] * block[size_t(s)] + o - pads[size_t(2 * s)];
            if (pos < 0 || pos >= x.dim(s + 1)) return -1;
            off += pos * inStrides[size_t(s + 1)];
        }
        for (int d = m + 1; d < rank; ++d) off += idx[size_t(d)] * inStrides[size_t(d)];
        return off;
    });
}

Status batchToSpace(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> block, crops;
    TFS_RETURN_IF_ERROR(readBlockArgs(ctx, x, &block, &crops, "crops"));
    const int m = int(block.size()), rank = x.rank();
    int64_t prod = 1;
    for (int64_t b : block) prod *= b;
    if (x.dim(0) % prod != 0)
        return ctx.error(TFS_PHRASE("Errors", "batch %1 is not divisible by the block size product %2"), x.dim(0),
                         prod);
    const int64_t B = x.dim(0) / prod;
    Dims outDims{B};
    for (int i = 0; i < m; ++i) {
        int64_t full = x.dim(i + 1) * block[size_t(i)] - crops[size_t(2 * i)] - crops[size_t(2 * i + 1)];
        if (full < 0) return ctx.error(TFS_PHRASE("Errors", "crops are larger than the spatial size"));
        outDims.push_back(full);
    }
    for (int d = m + 1; d < rank; ++d) outDims.push_back(x.dim(d));
    auto inStrides = rowMajorStrides(x.dims());
    return remapElements(ctx, x, outDims, [&](int64_t i) -> int64_t {
        int64_t rem = i;
        std::vector<int64_t> idx(outDims.size());
        for (int d = int(outDims.size()) - 1; d >= 0; --d) {
            idx[size_t(d)] = rem % outDims[size_t(d)];
            rem /= outDims[size_t(d)];
        }
        int64_t blockIndex = 0, off = 0;
        for (int s = 0; s < m; ++s) {
            int64_t pos = idx[size_t(s + 1)] + crops[size_t(2 * s)];
            blockIndex = blockIndex * block[size_t(s)] + pos % block[size_t(s)];
            off += (pos / block[size_t(s)]) * inStrides[size_t(s + 1)];
        }
        off += (blockIndex * B + idx[0]) * inStrides[0];
        for (int d = m + 1; d < rank; ++d) off += idx[size_t(d)] * inStrides[size_t(d)];
        return off;
    });
}

Status depthSpace(KernelContext& ctx, bool toSpace) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    if (x.rank() != 4) return ctx.error(TFS_PHRASE("Errors", "%1 must be %2-D, got %3"), "input", 4, x.describe());
    if (attrString(ctx.node, "data_format", "NHWC") != "NHWC")
        return ctx.error(TFS_PHRASE("Errors", "only %1 %2 is supported"), "data_format", "NHWC");
    int64_t bs = attrInt(ctx.node, "block_size", 0);
    if (bs < 2) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "block_size", 2);
    const int64_t N = x.dim(0), H = x.dim(1), W = x.dim(2), C = x.dim(3);
    if (toSpace) {
        if (C % (bs * bs) != 0) return ctx.error(TFS_PHRASE("Errors", "depth %1 is not divisible by block_size^2"), C);
        int64_t oc = C / (bs * bs);
        Dims out{N, H * bs, W * bs, oc};
        return remapElements(ctx, x, out, [&](int64_t i) -> int64_t {
            int64_t c = i % oc, w = (i / oc) % (W * bs), h = (i / (oc * W * bs)) % (H * bs), n = i / (oc * W * bs * H * bs);
            return ((n * H + h / bs) * W + w / bs) * C + ((h % bs) * bs + w % bs) * oc + c;
        });
    }
    if (H % bs != 0 || W % bs != 0)
        return ctx.error(TFS_PHRASE("Errors", "spatial size is not divisible by block_size"));
    int64_t oh = H / bs, ow = W / bs, oc = C * bs * bs;
    Dims out{N, oh, ow, oc};
    return remapElements(ctx, x, out, [&](int64_t i) -> int64_t {
        int64_t c = i % oc, w = (i / oc) % ow, h = (i / (oc * ow)) % oh, n = i / (oc * ow * oh);
        int64_t within = c / C, ic = c % C;
        return ((n * H + h * bs + within / bs) * W + w * bs + within % bs) * C + ic;
    });
}

Status depthToSpace(KernelContext& ctx) { return depthSpace(ctx, true); }
Status spaceToDepth(KernelContext& ctx) { return depthSpace(ctx, false); }

}  // namespace

std::vector<KernelEntry> arraySpaceKernels() {
    return {
        {"SpaceToBatchND", &spaceToBatch},
        {"BatchToSpaceND", &batchToSpace},
        {"DepthToSpace", &depthToSpace},
        {"SpaceToDepth", &spaceToDepth},
    };
}

}  // namespace tfs::exec::kernels
