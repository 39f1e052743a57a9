// Keyword-spotting front end with TensorFlow's semantics: DecodeWav (16-bit PCM),
// AudioSpectrogram (periodic Hann window, FFT of the next power of two) and Mfcc
// (HTK-style triangular mel filterbank on sqrt(power), log with a 1e-12 floor, DCT-II).

#include <cmath>
#include <complex>
#include <cstring>

#include "core/exec/kernels/kernel_list.h"
#include "core/exec/kernels/kernel_util.h"

namespace tfs::exec::kernels {
namespace {

uint32_t le32(const std::string& s, size_t at) {
    uint32_t v;
    std::memcpy(&v, s.data() + at, 4);
    return v;
}
uint16_t le16(const std::string& s, size_t at) {
    uint16_t v;
    std::memcpy(&v, s.data() + at, 2);
    return v;
}

Status decodeWav(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& in = ctx.inputs[0];
    if (in.dtype() != tensorflow::DT_STRING || in.numElements() != 1)
        return ctx.error(TFS_PHRASE("Errors", "%1 must be a string scalar, got %2"), "contents", in.describe());
    const std::string& wav = in.strings()[0];
    if (wav.size() < 12 || wav.compare(0, 4, "RIFF") != 0 || wav.compare(8, 4, "WAVE") != 0)
        return ctx.error(TFS_PHRASE("Errors", "contents is not a RIFF/WAVE file"));
    size_t pos = 12;
    int channels = 0, bits = 0;
    uint32_t rate = 0;
    const char* data = nullptr;
    size_t dataBytes = 0;
    while (pos + 8 <= wav.size()) {
        std::string id = wav.substr(pos, 4);
        uint64_t size = le32(wav, pos + 4);
        size_t body = pos + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > wav.size())
                return ctx.error(TFS_PHRASE("Errors", "WAV fmt chunk is truncated"));
            uint16_t format = le16(wav, body);
            channels = le16(wav, body + 2);
            rate = le32(wav, body + 4);
            bits = le16(wav, body + 14);
            if (format != 1 && format != 0xFFFE)
                return ctx.error(TFS_PHRASE("Errors", "only PCM WAV files are supported (format %1)"), format);
        } else if (id == "data") {
            data = wav.data() + body;
            dataBytes = size_t(std::min<uint64_t>(size, wav.size() - body));
            break;
        }
        pos = body + size_t(size) + (size & 1);
    }
    if (channels <= 0) return ctx.error(TFS_PHRASE("Errors", "WAV file has no fmt chunk or zero channels"));
    if (bits != 16) return ctx.error(TFS_PHRASE("Errors", "only 16-bit WAV samples are supported, got %1-bit"), bits);
    if (!data) return ctx.error(TFS_PHRASE("Errors", "WAV file has no data chunk"));
    int64_t sampleCount = int64_t(dataBytes / (2 * size_t(channels)));
    int64_t desiredChannels = attrInt(ctx.node, "desired_channels", -1);
    int64_t desiredSamples = attrInt(ctx.node, "desired_samples", -1);
    int64_t outChannels = desiredChannels > 0 ? desiredChannels : channels;
    int64_t outSamples = desiredSamples >= 0 ? desiredSamples : sampleCount;
    Tensor* audio;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {outSamples, outChannels}, &audio));
    float* out = audio->data<float>();
    for (int64_t i = 0; i < outSamples; ++i)
        for (int64_t c = 0; c < outChannels; ++c) {
            float v = 0.f;
            if (i < sampleCount) {
                int64_t src = std::min<int64_t>(c, channels - 1);
                int16_t s;
                std::memcpy(&s, data + (i * channels + src) * 2, 2);
                v = float(s) / 32768.0f;
            }
            out[i * outChannels + c] = v;
        }
    Tensor* sr;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 1, tensorflow::DT_INT32, {}, &sr));
    sr->data<int32_t>()[0] = int32_t(rate);
    return okStatus();
}

// In-place iterative radix-2 FFT (n a power of two).
void fft(std::vector<std::complex<double>>& a) {
    const size_t n = a.size();
    for (size_t i = 1, j = 0; i < n; ++i) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) std::swap(a[i], a[j]);
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        double ang = -2 * M_PI / double(len);
        std::complex<double> wl(std::cos(ang), std::sin(ang));
        for (size_t i = 0; i < n; i += len) {
            std::complex<double> w(1);
            for (size_t k = 0; k < len / 2; ++k) {
                auto u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

Status audioSpectrogram(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 1));
    const Tensor& x = ctx.inputs[0];
    if (x.dtype() != tensorflow::DT_FLOAT || x.rank() != 2)
        return ctx.error(TFS_PHRASE("Errors", "input must be float32 [samples, channels], got %1"), x.describe());
    int64_t window = attrInt(ctx.node, "window_size", 0), stride = attrInt(ctx.node, "stride", 0);
    bool squared = attrBool(ctx.node, "magnitude_squared", false);
    if (window < 2 || stride < 1 || window > (1 << 24))
        return ctx.error(TFS_PHRASE("Errors", "window_size must be >= 2 and stride >= 1"));
    int64_t fftLength = 1;
    while (fftLength < window) fftLength <<= 1;
    const int64_t bins = fftLength / 2 + 1, samples = x.dim(0), channels = x.dim(1);
    const int64_t frames = samples < window ? 0 : 1 + (samples - window) / stride;
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {channels, frames, bins}, &out));
    std::vector<double> hann(static_cast<size_t>(window));
    for (int64_t i = 0; i < window; ++i) hann[size_t(i)] = 0.5 - 0.5 * std::cos(2 * M_PI * double(i) / double(window));
    const float* px = x.data<float>();
    ctx.parallelFor(channels * frames, fftLength * 20, [&](int64_t r0, int64_t r1) {
        std::vector<std::complex<double>> buf(static_cast<size_t>(fftLength));
        for (int64_t r = r0; r < r1; ++r) {
            int64_t c = r / frames, f = r % frames;
            std::fill(buf.begin(), buf.end(), std::complex<double>(0));
            for (int64_t i = 0; i < window; ++i) buf[size_t(i)] = double(px[(f * stride + i) * channels + c]) * hann[size_t(i)];
            fft(buf);
            float* o = out->data<float>() + (c * frames + f) * bins;
            for (int64_t b = 0; b < bins; ++b) {
                double p = std::norm(buf[size_t(b)]);
                o[b] = float(squared ? p : std::sqrt(p));
            }
        }
    });
    return okStatus();
}

double freqToMel(double f) { return 1127.0 * std::log1p(f / 700.0); }

Status mfcc(KernelContext& ctx) {
    TFS_RETURN_IF_ERROR(requireInputs(ctx, 2));
    const Tensor& spec = ctx.inputs[0];
    if (spec.dtype() != tensorflow::DT_FLOAT || spec.rank() != 3)
        return ctx.error(TFS_PHRASE("Errors", "spectrogram must be float32 [channels, frames, bins], got %1"),
                         spec.describe());
    int64_t rate;
    TFS_RETURN_IF_ERROR(readScalarInt(ctx, 1, &rate, "sample_rate"));
    double upper = attrFloat(ctx.node, "upper_frequency_limit", 4000.f), lower = attrFloat(ctx.node, "lower_frequency_limit", 20.f);
    int64_t channelsCount = attrInt(ctx.node, "filterbank_channel_count", 40), dctCount = attrInt(ctx.node, "dct_coefficient_count", 13);
    const int64_t inputLength = spec.dim(2);
    if (rate <= 0) return ctx.error(TFS_PHRASE("Errors", "%1 must be positive"), "sample_rate");
    if (channelsCount < 1 || channelsCount > 4096)
        return ctx.error(TFS_PHRASE("Errors", "filterbank_channel_count must be in [1, 4096]"));
    if (dctCount < 1 || dctCount > channelsCount)
        return ctx.error(TFS_PHRASE("Errors", "dct_coefficient_count must be in [1, filterbank_channel_count]"));
    if (inputLength < 2) return ctx.error(TFS_PHRASE("Errors", "spectrogram needs at least 2 bins"));
    if (lower < 0 || upper <= lower)
        return ctx.error(TFS_PHRASE("Errors", "need 0 <= lower_frequency_limit < upper_frequency_limit"));
    // Mel filterbank (TensorFlow's MfccMelFilterbank).
    std::vector<double> centers(static_cast<size_t>(channelsCount + 1));
    const double melLow = freqToMel(lower), melHi = freqToMel(upper);
    const double spacing = (melHi - melLow) / double(channelsCount + 1);
    for (int64_t i = 0; i <= channelsCount; ++i) centers[size_t(i)] = melLow + spacing * double(i + 1);
    const double hzPerBin = 0.5 * double(rate) / double(inputLength - 1);
    const int64_t start = int64_t(1.5 + lower / hzPerBin), end = int64_t(upper / hzPerBin);
    std::vector<int64_t> bandMapper(static_cast<size_t>(inputLength));
    std::vector<double> weights(static_cast<size_t>(inputLength), 0.0);
    int64_t channel = 0;
    for (int64_t i = 0; i < inputLength; ++i) {
        double melf = freqToMel(double(i) * hzPerBin);
        if (i < start || i > end) {
            bandMapper[size_t(i)] = -2;
        } else {
            while (channel < channelsCount && centers[size_t(channel)] < melf) ++channel;
            bandMapper[size_t(i)] = channel - 1;
            int64_t ch = channel - 1;
            weights[size_t(i)] = ch >= 0 ? (centers[size_t(ch + 1)] - melf) / (centers[size_t(ch + 1)] - centers[size_t(ch)])
                                         : (centers[0] - melf) / (centers[0] - melLow);
        }
    }
    // DCT-II matrix with a uniform sqrt(2/N) scale.
    std::vector<double> cosines(static_cast<size_t>(dctCount * channelsCount));
    const double fnorm = std::sqrt(2.0 / double(channelsCount)), arg = M_PI / double(channelsCount);
    for (int64_t i = 0; i < dctCount; ++i)
        for (int64_t j = 0; j < channelsCount; ++j) cosines[size_t(i * channelsCount + j)] = fnorm * std::cos(double(i) * arg * (double(j) + 0.5));
    const int64_t audioChannels = spec.dim(0), frames = spec.dim(1);
    Tensor* out;
    TFS_RETURN_IF_ERROR(allocOutput(ctx, 0, tensorflow::DT_FLOAT, {audioChannels, frames, dctCount}, &out));
    const int64_t last = std::min(end, inputLength - 1);
    for (int64_t r = 0; r < audioChannels * frames; ++r) {
        const float* in = spec.data<float>() + r * inputLength;
        std::vector<double> mel(static_cast<size_t>(channelsCount), 0.0);
        for (int64_t i = start; i <= last; ++i) {
            double v = std::sqrt(std::max(0.0, double(in[i])));
            double weighted = v * weights[size_t(i)];
            int64_t ch = bandMapper[size_t(i)];
            if (ch >= 0) mel[size_t(ch)] += weighted;
            if (ch + 1 < channelsCount) mel[size_t(ch + 1)] += v - weighted;
        }
        for (double& m : mel) m = std::log(std::max(m, 1e-12));
        float* o = out->data<float>() + r * dctCount;
        for (int64_t i = 0; i < dctCount; ++i) {
            double s = 0;
            for (int64_t j = 0; j < channelsCount; ++j) s += cosines[size_t(i * channelsCount + j)] * mel[size_t(j)];
            o[i] = float(s);
        }
    }
    return okStatus();
}

}  // namespace

std::vector<KernelEntry> audioKernels() {
    return {
        {"DecodeWav", &decodeWav},
        {"AudioSpectrogram", &audioSpectrogram},
        {"Mfcc", &mfcc},
    };
}

}  // namespace tfs::exec::kernels
