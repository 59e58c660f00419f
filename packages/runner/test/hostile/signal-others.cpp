// Signals everything it can: every process, its parent, and the first process of its namespace.
#include <csignal>
#include <cstdio>
#include <unistd.h>

int main() {
  int all = kill(-1, SIGKILL);
  int parent = kill(getppid(), SIGKILL);
  int first = kill(1, SIGKILL);
  std::printf("{\"all\": %d, \"parent\": %d, \"first\": %d}\n", all, parent, first);
}
