// OpenMP threads wait passively unless the user chose otherwise (OMP_WAIT_POLICY).
//
// oneDNN's OpenMP team spins at its barriers by default. On a machine that is also busy with
// anything else a spinning thread holds the core its partner needs, and a 0.2 ms model takes
// 40-100 ms (docs/executor.md): the workbench's latency column would be noise. Waiting
// passively costs nothing measurable on an idle machine.
//
// libgomp reads the variable once, in its own constructor, so this constructor must run first.
// Setting it from main() is too late, and from a pre-init function it is undone by the C
// library's start-up. The loader initialises the deepest-loaded libraries first: this library
// is reached only through libtfscope_openmp_wait.so, which executables link last
// (tfscope_link_openmp_wait in core/CMakeLists.txt), so it is loaded after and initialised before
// the libraries that bring libgomp in. tests/app/headless_test.sh checks libgomp's view.
#include <cstdlib>

namespace {

__attribute__((constructor)) void preferPassiveOpenMpWait() { setenv("OMP_WAIT_POLICY", "PASSIVE", /*overwrite=*/0); }

}  // namespace
