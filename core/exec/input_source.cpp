#include "core/exec/input_source.h"

#include "core/util/file.h"
#include "core/util/npy.h"

namespace tfs::exec {

namespace {

// Raw inputs are held in memory twice (file and tensor); anything larger is a mistake.
constexpr uint64_t kMaxRawBytes = uint64_t(1) << 30;

Result<Tensor> readNpzArray(const std::string& file, const std::string& key) {
    TFS_ASSIGN_OR_RETURN(auto arrays, readNpz(file));
    if (key.empty() && arrays.size() == 1) return arrays.begin()->second;
    auto it = arrays.find(key);
    if (it != arrays.end()) return it->second;
    std::string names;
    for (const auto& [name, array] : arrays) names += (names.empty() ? "" : ", ") + name;
    return notFound(TFS_PHRASE("Errors", "%1 has no array '%2' (it holds: %3); write FILE.npz:KEY"), file, key, names);
}

}  // namespace

Result<InputArg> parseInputArg(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 >= text.size())
        return invalidArgument(TFS_PHRASE("Errors", "--input expects NAME=SOURCE, e.g. --input x=x.npy or --input wav_data=@yes.wav; got '%1'"),
                               text);
    return InputArg{text.substr(0, eq), text.substr(eq + 1)};
}

Result<Tensor> readInputSource(const std::string& source) {
    if (!source.empty() && source[0] == '@') {
        const std::string file = source.substr(1);
        if (file.empty()) return invalidArgument(TFS_PHRASE("Errors", "--input NAME=@FILE needs a file name after '@'"));
        TFS_ASSIGN_OR_RETURN(std::string bytes, readFile(file, kMaxRawBytes));
        Tensor t(tensorflow::DT_STRING, {});
        t.strings()[0] = std::move(bytes);
        return t;
    }
    if (source.size() > 1 && source.back() == ']') {
        const auto open = source.rfind('[');
        if (open != std::string::npos) return readNpzArray(source.substr(0, open), source.substr(open + 1, source.size() - open - 2));
    }
    const auto npz = source.find(".npz");
    if (npz != std::string::npos && (npz + 4 == source.size() || source[npz + 4] == ':'))
        return readNpzArray(source.substr(0, npz + 4), npz + 4 == source.size() ? "" : source.substr(npz + 5));
    return readNpy(source);
}

}  // namespace tfs::exec
