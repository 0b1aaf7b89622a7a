// LLVM's ELF linker (lld) called in-process: what `ld.lld` does, without
// starting a process. Built by targets/build.rs when the `lld` feature is on.
//
// lld keeps global state between links; the Rust caller serialises calls.
#include "lld/Common/Driver.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>
#include <string>
#include <vector>

LLD_HAS_DRIVER(elf)

extern "C" {

// Runs `ld.lld argv...` (argv[0] is the program name). Returns the exit
// code; writes up to `message_len - 1` bytes of lld's diagnostics to
// `message` (NUL-terminated). `*can_run_again` is 0 when lld's state is
// unusable afterwards.
int penna_lld_elf(const char **argv, int argc, char *message, size_t message_len,
                  int *can_run_again) {
  std::vector<const char *> args(argv, argv + argc);
  std::string out, err;
  llvm::raw_string_ostream out_stream(out), err_stream(err);
  lld::Result result =
      lld::lldMain(args, out_stream, err_stream, {{lld::Gnu, &lld::elf::link}});
  err_stream.flush();
  if (message_len > 0) {
    size_t n = err.size() < message_len - 1 ? err.size() : message_len - 1;
    std::memcpy(message, err.data(), n);
    message[n] = '\0';
  }
  *can_run_again = result.canRunAgain ? 1 : 0;
  return result.retCode;
}
}
