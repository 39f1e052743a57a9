// The ModelRunner backed by tfscope's CPU executor (core/exec Session).
#include "core/compare/runner.h"
#include "core/exec/session.h"

namespace tfs::compare {

namespace {

class ExecRunner : public ModelRunner {
public:
    explicit ExecRunner(std::unique_ptr<exec::Session> session) : session_(std::move(session)) {}

    Result<std::vector<Tensor>> run(const std::vector<std::pair<std::string, Tensor>>& feeds,
                                    const std::vector<std::string>& fetches) override {
        exec::RunStats stats;
        auto outputs = session_->run(feeds, fetches, {}, &stats);
        if (outputs.ok()) peak_ = stats.peakBytes;
        return outputs;
    }

    uint64_t peakBytes() const override { return peak_; }

private:
    std::unique_ptr<exec::Session> session_;
    uint64_t peak_ = 0;
};

}  // namespace

RunnerFactory executorRunnerFactory() {
    return [](const Model& model, const RunnerOptions& options) -> Result<std::unique_ptr<ModelRunner>> {
        exec::SessionOptions so;
        so.threads = options.threads;
        so.tuneProcessAllocator = options.tuneProcessAllocator;
        auto session = exec::Session::fromModel(model, 0, so);
        if (!session.ok()) return session.status();
        return std::unique_ptr<ModelRunner>(new ExecRunner(std::move(session).value()));
    };
}

}  // namespace tfs::compare
