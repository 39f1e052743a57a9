#include "core/util/file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace tfs {
namespace fs = std::filesystem;

namespace {
std::string errnoText() { return std::strerror(errno); }
}  // namespace

Result<uint64_t> fileSize(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return notFound(TFS_PHRASE("Errors", "%1: %2"), path, errnoText());
    if (!S_ISREG(st.st_mode)) return invalidArgument(TFS_PHRASE("Errors", "%1: not a regular file"), path);
    return uint64_t(st.st_size);
}

Result<std::string> readFile(const std::string& path, uint64_t maxBytes) {
    TFS_ASSIGN_OR_RETURN(uint64_t size, fileSize(path));
    if (size > maxBytes)
        return resourceExhausted(TFS_PHRASE("Errors", "%1: file is %2 bytes, more than the %3 this reader accepts"), path, size, maxBytes);
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return notFound(TFS_PHRASE("Errors", "%1: %2"), path, errnoText());
    std::string bytes;
    bytes.resize(size);
    uint64_t done = 0;
    while (done < size) {
        ssize_t n = ::read(fd, bytes.data() + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += uint64_t(n);
    }
    ::close(fd);
    bytes.resize(done);
    return bytes;
}

bool isDirectory(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

bool isRegularFile(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

bool pathExists(const std::string& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

Result<std::vector<std::string>> listDirectory(const std::string& path) {
    std::error_code ec;
    std::vector<std::string> names;
    fs::directory_iterator it(path, ec);
    if (ec) return notFound(TFS_PHRASE("Errors", "%1: %2"), path, ec.message());
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) return internalError(TFS_PHRASE("Errors", "%1: %2"), path, ec.message());
        names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string joinPath(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    if (a.back() == '/') return a + b;
    return a + "/" + b;
}

std::string parentPath(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    auto slash = p.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return p.substr(0, slash);
}

std::string baseName(const std::string& path) {
    std::string p = path;
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string canonicalPath(const std::string& path) {
    std::error_code ec;
    auto canon = fs::weakly_canonical(fs::absolute(path, ec), ec);
    if (ec) return path;
    return canon.string();
}

bool samePath(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return canonicalPath(a) == canonicalPath(b);
}

Result<std::shared_ptr<MappedFile>> MappedFile::open(const std::string& path) {
    TFS_ASSIGN_OR_RETURN(uint64_t size, fileSize(path));
    std::shared_ptr<MappedFile> file(new MappedFile());
    file->path_ = path;
    file->size_ = size;
    if (size == 0) return file;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return notFound(TFS_PHRASE("Errors", "%1: %2"), path, errnoText());
    void* addr = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (addr == MAP_FAILED) return internalError(TFS_PHRASE("Errors", "%1: cannot map file: %2"), path, errnoText());
    file->data_ = static_cast<const char*>(addr);
    return file;
}

MappedFile::~MappedFile() {
    if (data_ && size_) ::munmap(const_cast<char*>(data_), size_);
}

Status writeFileAtomic(const std::string& path, std::string_view bytes, const std::vector<std::string>& inputs) {
    for (const auto& input : inputs)
        if (samePath(path, input))
            return invalidArgument(TFS_PHRASE("Errors", "%1: refusing to overwrite an input file; choose another output path"), path);
    std::random_device rd;
    std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return notFound(TFS_PHRASE("Errors", "%1: cannot create: %2"), path, errnoText());
    size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::string why = errnoText();
            ::close(fd);
            ::unlink(tmp.c_str());
            return internalError(TFS_PHRASE("Errors", "%1: write failed: %2"), path, why);
        }
        done += size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return internalError(TFS_PHRASE("Errors", "%1: cannot flush: %2"), path, errnoText());
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = errnoText();
        ::unlink(tmp.c_str());
        return internalError(TFS_PHRASE("Errors", "%1: cannot rename temp file into place: %2"), path, why);
    }
    return okStatus();
}

}  // namespace tfs
