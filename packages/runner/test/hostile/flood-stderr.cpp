// Writes to stderr without end.
#include <cstdio>

int main() {
  for (;;) std::fputs("flooding the standard error from native code\n", stderr);
}
