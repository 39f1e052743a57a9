#include "core/exec/print_op.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>

#include "core/model/attrs.h"

namespace tfs::exec {
namespace {

struct PrintState {
    std::mutex mutex;
    std::function<void(const std::string&)> sink;
    std::map<std::string, int64_t> counts;  // Print node -> lines logged (for first_n)
};

PrintState& state() {
    static PrintState s;
    return s;
}

std::string formatValue(const Tensor& t, int64_t i) {
    if (t.dtype() == tensorflow::DT_STRING) return t.strings()[size_t(i)];
    if (t.dtype() == tensorflow::DT_BOOL) return t.data<bool>()[i] ? "1" : "0";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", tensorElementAsDouble(t, i));
    return buf;
}

}  // namespace

PrintLogCapture::PrintLogCapture(std::function<void(const std::string&)> sink) {
    std::lock_guard<std::mutex> lock(state().mutex);
    previous_ = std::move(state().sink);
    state().sink = std::move(sink);
    state().counts.clear();
}

PrintLogCapture::~PrintLogCapture() {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().sink = std::move(previous_);
    state().counts.clear();
}

std::string formatPrintMessage(const std::string& message, const std::vector<Tensor>& data, int64_t summarize) {
    std::string text = message;
    for (const Tensor& t : data) {
        text += "[";
        const int64_t n = t.numElements();
        const int64_t shown = summarize < 0 ? n : std::min(n, summarize);
        for (int64_t i = 0; i < shown; ++i) {
            if (i) text += " ";
            text += formatValue(t, i);
        }
        if (shown < n) text += "...";
        text += "]";
    }
    return text;
}

Status opPrint(OpContext& ctx) {
    TFS_ASSIGN_OR_RETURN(Tensor first, ctx.input(0));
    PrintState& s = state();
    const char* file = std::getenv("TFSCOPE_PRINT_LOG");
    bool active;
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        active = bool(s.sink) || (file && *file);
    }
    if (active) {
        std::vector<Tensor> data;
        for (int i = 1; i < int(ctx.inputs.size()); ++i) {
            TFS_ASSIGN_OR_RETURN(Tensor t, ctx.input(i));
            data.push_back(std::move(t));
        }
        const int64_t firstN = attrInt(ctx.def(), "first_n", -1);
        const std::string line = formatPrintMessage(attrString(ctx.def(), "message"), data, attrInt(ctx.def(), "summarize", 3));
        std::lock_guard<std::mutex> lock(s.mutex);
        int64_t& count = s.counts[ctx.def().name()];
        if (firstN < 0 || count < firstN) {
            ++count;
            if (s.sink) {
                s.sink(line);
            } else {
                std::ofstream log(file, std::ios::app);
                if (!log) return ctx.error(TFS_PHRASE("Errors", "cannot append to TFSCOPE_PRINT_LOG file %1"), file);
                log << line << "\n";
            }
        }
    }
    ctx.setOutput(0, std::move(first));
    return okStatus();
}

}  // namespace tfs::exec
