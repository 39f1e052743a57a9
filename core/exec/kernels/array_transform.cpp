// Data movement: Transpose, Concat/ConcatV2, Pack, Unpack, Split, SplitV, Slice, StridedSlice,
// Tile, Pad/PadV2/MirrorPad, ReverseV2. Most are one "remap" copy with per-dimension index tables.

#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {

/// out[i0..ik] = in[maps[0][i0], ..., maps[k][ik]], or `pad` where any map entry is -1.
Status remapCopy(const KernelContext& ctx, const Tensor& in, const Dims& outDims, const std::vector<std::vector<int64_t>>& maps,
                 const Tensor* pad, Tensor* out) {
    auto made = Tensor::make(in.dtype(), outDims);
    if (!made.ok()) return ctx.error(made.status());
    *out = std::move(made).value();
    const int rank = int(outDims.size());
    if (out->numElements() == 0) return okStatus();
    if (rank == 0) {
        *out = in;
        return okStatus();
    }
    auto inStrides = rowMajorStrides(in.dims());
    const int64_t inner = outDims.back();
    const int64_t rows = out->numElements() / inner;
    const std::vector<int64_t>& last = maps.back();
    const int64_t lastStride = inStrides.back();
    auto rowOffset = [&](int64_t r) -> int64_t {
        int64_t rem = r, off = 0;
        for (int d = rank - 2; d >= 0; --d) {
            int64_t m = maps[size_t(d)][size_t(rem % outDims[size_t(d)])];
            rem /= outDims[size_t(d)];
            if (m < 0) return -1;
            off += m * inStrides[size_t(d)];
        }
        return off;
    };
    if (in.dtype() == tensorflow::DT_STRING) {
        std::string padValue = pad && pad->numElements() ? pad->strings()[0] : std::string();
        for (int64_t r = 0; r < rows; ++r) {
            int64_t off = rowOffset(r);
            for (int64_t i = 0; i < inner; ++i) {
                int64_t m = last[size_t(i)];
                out->strings()[size_t(r * inner + i)] = (off < 0 || m < 0) ? padValue : in.strings()[size_t(off + m * lastStride)];
            }
        }
        return okStatus();
    }
    return dispatchBytes(ctx, in.dtype(), [&](auto tag) -> Status {
        using T = typename decltype(tag)::type;
        T padValue{};
        if (pad && pad->numElements()) std::memcpy(&padValue, pad->rawData(), sizeof(T));
        const T* src = reinterpret_cast<const T*>(in.rawData());
        T* dst = reinterpret_cast<T*>(out->rawData());
        bool contiguous = lastStride == 1;
        for (int64_t i = 1; i < inner && contiguous; ++i) contiguous = last[size_t(i)] == last[0] + i;
        contiguous = contiguous && last[0] >= 0;
        ctx.parallelFor(rows, inner, [&](int64_t r0, int64_t r1) {
            for (int64_t r = r0; r < r1; ++r) {
                int64_t off = rowOffset(r);
                T* o = dst + r * inner;
                if (off < 0) {
                    std::fill(o, o + inner, padValue);
                } else if (contiguous) {
                    std::memcpy(o, src + off + last[0], size_t(inner) * sizeof(T));
                } else {
                    for (int64_t i = 0; i < inner; ++i) {
                        int64_t m = last[size_t(i)];
                        o[i] = m < 0 ? padValue : src[off + m * lastStride];
                    }
                }
            }
        });
        return okStatus();
    });
}

namespace {

std::vector<int64_t> iotaMap(int64_t begin, int64_t count, int64_t stride = 1) {
    std::vector<int64_t> m(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) m[size_t(i)] = begin + i * stride;
    return m;
}

Status sliceAxis(const KernelContext& ctx, const Tensor& x, int axis, int64_t begin, int64_t count, Tensor* out) {
    std::vector<std::vector<int64_t>> maps;
    Dims dims = x.dims();
    for (int d = 0; d < x.rank(); ++d) maps.push_back(d == axis ? iotaMap(begin, count) : iotaMap(0, x.dim(d)));
    dims[size_t(axis)] = count;
    return remapCopy(ctx, x, dims, maps, nullptr, out);
}

Status transpose(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    std::vector<int64_t> perm64;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &perm64, "perm"));
    std::vector<int> perm(perm64.begin(), perm64.end());
    Tensor out;
    TFS_RETURN_IF_ERROR(transposeTensor(ctx, ctx.inputs[0], perm, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status concatTensors(KernelContext& ctx, const std::vector<const Tensor*>& parts, int64_t axisValue) {
    if (parts.empty()) return ctx.error(TFS_PHRASE("Errors", "needs at least one value"));
    const Tensor& first = *parts[0];
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, std::max(first.rank(), 1), &axis, "concat axis"));
    if (first.rank() == 0) return ctx.error(TFS_PHRASE("Errors", "cannot concatenate scalars"));
    Dims outDims = first.dims();
    outDims[size_t(axis)] = 0;
    for (const Tensor* t : parts) {
        if (t->dtype() != first.dtype() || t->rank() != first.rank())
            return ctx.error(TFS_PHRASE("Errors", "inputs differ in dtype or rank: %1 and %2"), first.describe(),
                             t->describe());
        for (int d = 0; d < first.rank(); ++d)
            if (d != axis && t->dim(d) != first.dim(d))
                return ctx.error(TFS_PHRASE("Errors", "inputs differ outside the concat axis: %1 and %2"),
                                 first.describe(), t->describe());
        outDims[size_t(axis)] += t->dim(axis);
    }
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, first.dtype(), outDims, &out));
    const int64_t outer = dimProduct(outDims, 0, axis);
    const int64_t outRow = dimProduct(outDims, axis, int(outDims.size()));
    if (first.dtype() == tensorflow::DT_STRING) {
        int64_t col = 0;
        for (const Tensor* t : parts) {
            int64_t row = dimProduct(t->dims(), axis, t->rank());
            for (int64_t o = 0; o < outer; ++o)
                for (int64_t i = 0; i < row; ++i) out->strings()[size_t(o * outRow + col + i)] = t->strings()[size_t(o * row + i)];
            col += row;
        }
        return okStatus();
    }
    const size_t es = size_t(dtypeSize(first.dtype()));
    if (es == 0) return ctx.error(TFS_PHRASE("Errors", "unsupported dtype %1"), dtypeShortName(first.dtype()));
    ctx.parallelFor(outer, outRow, [&](int64_t o0, int64_t o1) {
        for (int64_t o = o0; o < o1; ++o) {
            int64_t col = 0;
            for (const Tensor* t : parts) {
                int64_t row = dimProduct(t->dims(), axis, t->rank());
                if (row) std::memcpy(out->rawData() + (o * outRow + col) * int64_t(es), t->rawData() + o * row * int64_t(es), size_t(row) * es);
                col += row;
            }
        }
    });
    return okStatus();
}

Status concatV2(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, -1));
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, int(ctx.inputs.size()) - 1, &axis, "axis"));
    std::vector<const Tensor*> parts;
    for (size_t i = 0; i + 1 < ctx.inputs.size(); ++i) parts.push_back(&ctx.inputs[i]);
    return concatTensors(ctx, parts, axis);
}

Status concatV1(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2, -1));
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 0, &axis, "concat_dim"));
    std::vector<const Tensor*> parts;
    for (size_t i = 1; i < ctx.inputs.size(); ++i) parts.push_back(&ctx.inputs[i]);
    return concatTensors(ctx, parts, axis);
}

Status pack(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1, -1));
    const Tensor& first = ctx.inputs[0];
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, attrInt(ctx.node, "axis", 0), first.rank() + 1, &axis, "axis"));
    std::vector<Tensor> expanded;
    for (const Tensor& t : ctx.inputs) {
        if (t.dims() != first.dims())
            return ctx.error(TFS_PHRASE("Errors", "all values must have the same shape, got %1 and %2"),
                             first.describe(), t.describe());
        Dims d = t.dims();
        d.insert(d.begin() + axis, 1);
        expanded.push_back(*t.reshaped(d));
    }
    std::vector<const Tensor*> parts;
    for (const Tensor& t : expanded) parts.push_back(&t);
    return concatTensors(ctx, parts, axis);
}

Status unpack(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, attrInt(ctx.node, "axis", 0), x.rank(), &axis, "axis"));
    int64_t num = x.dim(axis);
    if (hasAttr(ctx.node, "num") && attrInt(ctx.node, "num") != num)
        return ctx.error(TFS_PHRASE("Errors", "attr num=%1 but axis has size %2"), attrInt(ctx.node, "num"), num);
    Dims outDims = x.dims();
    outDims.erase(outDims.begin() + axis);
    for (int64_t i = 0; i < num; ++i) {
        Tensor piece;
        TFS_RETURN_IF_ERROR(sliceAxis(ctx, x, axis, i, 1, &piece));
        setOutput(ctx, int(i), *piece.reshaped(outDims));
    }
    return okStatus();
}

Status splitInto(KernelContext& ctx, const Tensor& x, int64_t axisValue, const std::vector<int64_t>& sizes) {
    int axis;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axisValue, x.rank(), &axis, "split axis"));
    int64_t begin = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        Tensor piece;
        TFS_RETURN_IF_ERROR(sliceAxis(ctx, x, axis, begin, sizes[i], &piece));
        setOutput(ctx, int(i), std::move(piece));
        begin += sizes[i];
    }
    return okStatus();
}

Status split(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 0, &axis, "split_dim"));
    const Tensor& x = ctx.inputs[1];
    int64_t num = attrInt(ctx.node, "num_split", 1);
    int ax;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axis, x.rank(), &ax, "split_dim"));
    if (num < 1 || x.dim(ax) % num != 0)
        return ctx.error(TFS_PHRASE("Errors", "cannot split axis of size %1 into %2 equal parts"), x.dim(ax), num);
    return splitInto(ctx, x, axis, std::vector<int64_t>(static_cast<size_t>(num), x.dim(ax) / num));
}

Status splitV(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> sizes;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &sizes, "size_splits"));
    int64_t axis;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 2, &axis, "axis"));
    int ax;
    TFS_RETURN_IF_ERROR(normalizeAxis(ctx, axis, x.rank(), &ax, "axis"));
    int unknown = -1;
    int64_t known = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i] == -1 && unknown < 0) unknown = int(i);
        else if (sizes[i] < 0)
            return ctx.error(TFS_PHRASE("Errors", "size_splits has an invalid entry"));
        else known += sizes[i];
    }
    if (unknown >= 0) sizes[size_t(unknown)] = x.dim(ax) - known;
    int64_t total = 0;
    for (int64_t s : sizes) total += s;
    if (total != x.dim(ax) || (unknown >= 0 && sizes[size_t(unknown)] < 0))
        return ctx.error(TFS_PHRASE("Errors", "size_splits %1 do not add up to the axis size %2"), dimsToString(sizes),
                         x.dim(ax));
    return splitInto(ctx, x, axis, sizes);
}

Status slice(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 3));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> begin, size;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &begin, "begin"));
    TFS_RETURN_IF_ERROR(readInts(ctx, 2, &size, "size"));
    if (int(begin.size()) != x.rank() || int(size.size()) != x.rank())
        return ctx.error(TFS_PHRASE("Errors", "begin and size must have %1 entries for input %2"), x.rank(),
                         x.describe());
    std::vector<std::vector<int64_t>> maps;
    Dims outDims;
    for (int d = 0; d < x.rank(); ++d) {
        int64_t b = begin[size_t(d)], s = size[size_t(d)];
        if (s == -1) s = x.dim(d) - b;
        if (b < 0 || s < 0 || b + s > x.dim(d))
            return ctx.error(TFS_PHRASE("Errors", "slice begin %1 size %2 is out of bounds for %3"),
                             dimsToString(begin), dimsToString(size), x.describe());
        maps.push_back(iotaMap(b, s));
        outDims.push_back(s);
    }
    Tensor out;
    TFS_RETURN_IF_ERROR(remapCopy(ctx, x, outDims, maps, nullptr, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status stridedSlice(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 4));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> sb, se, ss;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &sb, "begin"));
    TFS_RETURN_IF_ERROR(readInts(ctx, 2, &se, "end"));
    TFS_RETURN_IF_ERROR(readInts(ctx, 3, &ss, "strides"));
    if (sb.size() != se.size() || sb.size() != ss.size() || sb.size() > 30)
        return ctx.error(TFS_PHRASE("Errors", "begin, end and strides must have the same length (at most 30)"));
    int64_t beginMask = attrInt(ctx.node, "begin_mask"), endMask = attrInt(ctx.node, "end_mask");
    int64_t ellipsisMask = attrInt(ctx.node, "ellipsis_mask"), newAxisMask = attrInt(ctx.node, "new_axis_mask");
    int64_t shrinkMask = attrInt(ctx.node, "shrink_axis_mask");
    int sparseDims = int(sb.size());
    // TensorFlow's BuildDenseSpec: expand the ellipsis and place new axes.
    bool ellipsisSeen = false;
    int newAxesAfterEllipsis = 0;
    for (int i = 0; i < sparseDims; ++i) {
        if (ellipsisSeen && (newAxisMask >> i & 1)) ++newAxesAfterEllipsis;
        if (ellipsisMask >> i & 1) ellipsisSeen = true;
    }
    if (!ellipsisSeen) {
        ellipsisMask |= int64_t(1) << sparseDims;
        ++sparseDims;
        sb.push_back(0);
        se.push_back(0);
        ss.push_back(1);
    }
    const int rank = x.rank();
    std::vector<int64_t> db(size_t(rank), 0), de(size_t(rank), 0), ds(size_t(rank), 1);
    std::vector<bool> dBeginMask(size_t(rank), false), dEndMask(size_t(rank), false), dShrink(size_t(rank), false);
    const int kNewAxis = -1, kShrink = -2;
    std::vector<int> gather;
    int full = 0;
    for (int i = 0; i < sparseDims; ++i) {
        if (ellipsisMask >> i & 1) {
            int next = std::min(rank - (sparseDims - i) + 1 + newAxesAfterEllipsis, rank);
            for (; full < next; ++full) {
                dBeginMask[size_t(full)] = dEndMask[size_t(full)] = true;
                gather.push_back(full);
            }
        } else if (newAxisMask >> i & 1) {
            gather.push_back(kNewAxis);
        } else {
            if (full >= rank)
                return ctx.error(TFS_PHRASE("Errors", "index %1 of the slice spec is out of bounds for %2"), i,
                                 x.describe());
            db[size_t(full)] = sb[size_t(i)];
            de[size_t(full)] = se[size_t(i)];
            ds[size_t(full)] = ss[size_t(i)];
            dBeginMask[size_t(full)] = beginMask >> i & 1;
            dEndMask[size_t(full)] = endMask >> i & 1;
            if (shrinkMask >> i & 1) {
                dShrink[size_t(full)] = true;
                gather.push_back(kShrink);
            } else {
                gather.push_back(full);
            }
            ++full;
        }
    }
    std::vector<std::vector<int64_t>> maps;
    Dims processing;
    for (int d = 0; d < rank; ++d) {
        int64_t dim = x.dim(d), stride = ds[size_t(d)], b = db[size_t(d)], e = de[size_t(d)];
        if (stride == 0) return ctx.error(TFS_PHRASE("Errors", "strides must be non-zero"));
        int64_t size;
        if (dShrink[size_t(d)]) {
            int64_t fwd = b < 0 ? dim + b : b;
            if (fwd < 0 || fwd >= dim)
                return ctx.error(TFS_PHRASE("Errors", "slice index %1 of dimension %2 out of bounds for %3"), b, d,
                                 x.describe());
            b = fwd;
            size = 1;
            stride = 1;
        } else {
            int64_t lo = stride > 0 ? 0 : -1, hi = stride > 0 ? dim : dim - 1;
            auto canonical = [&](int64_t v, bool masked, bool isEnd) {
                if (masked) return stride > 0 ? (isEnd ? hi : lo) : (isEnd ? lo : hi);
                int64_t fwd = v < 0 ? dim + v : v;
                return std::max(lo, std::min(hi, fwd));
            };
            b = canonical(b, dBeginMask[size_t(d)], false);
            e = canonical(e, dEndMask[size_t(d)], true);
            int64_t len = e - b;
            if (len == 0 || ((len < 0) != (stride < 0))) size = 0;
            else size = len / stride + (len % stride != 0 ? 1 : 0);
        }
        maps.push_back(iotaMap(b, size, stride));
        processing.push_back(size);
    }
    Tensor out;
    TFS_RETURN_IF_ERROR(remapCopy(ctx, x, processing, maps, nullptr, &out));
    Dims finalDims;
    for (int g : gather) {
        if (g == kNewAxis) finalDims.push_back(1);
        else if (g >= 0) finalDims.push_back(processing[size_t(g)]);
    }
    setOutput(ctx, 0, *out.reshaped(finalDims));
    return okStatus();
}

Status tile(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> mult;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &mult, "multiples"));
    if (int(mult.size()) != x.rank())
        return ctx.error(TFS_PHRASE("Errors", "multiples must have %1 entries for %2"), x.rank(), x.describe());
    std::vector<std::vector<int64_t>> maps;
    Dims outDims;
    for (int d = 0; d < x.rank(); ++d) {
        if (mult[size_t(d)] < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "multiples", 0);
        if (x.dim(d) > 0 && mult[size_t(d)] > (int64_t(1) << 40) / x.dim(d))
            return ctx.error(TFS_PHRASE("Errors", "tiled shape is too large"));
        outDims.push_back(x.dim(d) * mult[size_t(d)]);
    }
    TFS_RETURN_IF_ERROR(checkAllocatable(ctx, x.dtype(), outDims));
    outDims.clear();
    for (int d = 0; d < x.rank(); ++d) {
        int64_t n = x.dim(d) * mult[size_t(d)];
        std::vector<int64_t> m(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) m[size_t(i)] = i % x.dim(d);
        maps.push_back(std::move(m));
        outDims.push_back(n);
    }
    Tensor out;
    TFS_RETURN_IF_ERROR(remapCopy(ctx, x, outDims, maps, nullptr, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status pad(KernelContext& ctx) {
    const std::string& op = ctx.node.op();
    bool mirror = op == "MirrorPad";
    TFS_RETURN_IF_ERROR(requireInputs(ctx, op == "PadV2" ? 3 : 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> p;
    const Tensor& pt = ctx.inputs[1];
    if (pt.rank() != 2 || pt.dim(0) != x.rank() || pt.dim(1) != 2)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be [%2,2], got %3"), "paddings", x.rank(), pt.describe());
    Tensor flat = *pt.reshaped({pt.numElements()});
    std::vector<Tensor> tmpIn{flat};
    std::vector<Tensor> tmpOut;
    KernelContext tmp{ctx.node, tmpIn, tmpOut, nullptr};
    TFS_RETURN_IF_ERROR(readInts(tmp, 0, &p, "paddings"));
    Tensor padValue;
    if (op == "PadV2") {
        padValue = ctx.inputs[2];
        if (padValue.numElements() != 1 || padValue.dtype() != x.dtype())
            return ctx.error(TFS_PHRASE("Errors", "constant_values must be a scalar of the input dtype"));
    }
    std::string mode = attrString(ctx.node, "mode", "REFLECT");
    if (mirror && mode != "REFLECT" && mode != "SYMMETRIC")
        return ctx.error(TFS_PHRASE("Errors", "mode must be REFLECT or SYMMETRIC"));
    std::vector<std::vector<int64_t>> maps;
    Dims outDims;
    for (int d = 0; d < x.rank(); ++d) {
        int64_t before = p[size_t(2 * d)], after = p[size_t(2 * d + 1)];
        if (before < 0 || after < 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be >= %2"), "paddings", 0);
        if (before > (int64_t(1) << 40) || after > (int64_t(1) << 40))
            return ctx.error(TFS_PHRASE("Errors", "paddings are too large"));
        outDims.push_back(x.dim(d) + before + after);
    }
    TFS_RETURN_IF_ERROR(checkAllocatable(ctx, x.dtype(), outDims));
    outDims.clear();
    for (int d = 0; d < x.rank(); ++d) {
        int64_t before = p[size_t(2 * d)], after = p[size_t(2 * d + 1)], n = x.dim(d);
        if (mirror && (before > n - (mode == "REFLECT") || after > n - (mode == "REFLECT")))
            return ctx.error(TFS_PHRASE("Errors", "paddings are too large for %1 mirror padding of %2"), mode,
                             x.describe());
        int64_t total = n + before + after;
        if (total > (int64_t(1) << 40)) return ctx.error(TFS_PHRASE("Errors", "padded shape is too large"));
        std::vector<int64_t> m(static_cast<size_t>(total));
        for (int64_t i = 0; i < total; ++i) {
            int64_t s = i - before;
            if (s < 0 || s >= n) {
                if (!mirror) s = -1;
                else if (s < 0) s = mode == "REFLECT" ? -s : -s - 1;
                else s = mode == "REFLECT" ? 2 * n - 2 - s : 2 * n - 1 - s;
            }
            m[size_t(i)] = s;
        }
        maps.push_back(std::move(m));
        outDims.push_back(total);
    }
    Tensor out;
    TFS_RETURN_IF_ERROR(remapCopy(ctx, x, outDims, maps, padValue.valid() ? &padValue : nullptr, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

Status reverse(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& x = ctx.inputs[0];
    std::vector<int64_t> axes;
    TFS_RETURN_IF_ERROR(readInts(ctx, 1, &axes, "axis"));
    std::vector<bool> flip(size_t(std::max(x.rank(), 0)), false);
    for (int64_t a : axes) {
        int ax;
        TFS_RETURN_IF_ERROR(normalizeAxis(ctx, a, x.rank(), &ax, "axis"));
        flip[size_t(ax)] = true;
    }
    std::vector<std::vector<int64_t>> maps;
    for (int d = 0; d < x.rank(); ++d) maps.push_back(flip[size_t(d)] ? iotaMap(x.dim(d) - 1, x.dim(d), -1) : iotaMap(0, x.dim(d)));
    Tensor out;
    TFS_RETURN_IF_ERROR(remapCopy(ctx, x, x.dims(), maps, nullptr, &out));
    setOutput(ctx, 0, std::move(out));
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> arrayTransformKernels() {
    return {
        {"Transpose", &transpose},
        {"ConcatV2", &concatV2},
        {"Concat", &concatV1},
        {"Pack", &pack},
        {"Unpack", &unpack},
        {"Split", &split},
        {"SplitV", &splitV},
        {"Slice", &slice},
        {"StridedSlice", &stridedSlice},
        {"Tile", &tile},
        {"Pad", &pad},
        {"PadV2", &pad},
        {"MirrorPad", &pad},
        {"ReverseV2", &reverse},
    };
}

}  // namespace tfs::exec::kernels
