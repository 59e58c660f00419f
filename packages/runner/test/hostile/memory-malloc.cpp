// Allocates and touches 16 MB blocks until malloc fails under the address-space limit.
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main() {
  for (int blocks = 0;; ++blocks) {
    void* block = std::malloc(16 << 20);
    if (block == nullptr) {
      std::printf("{\"megabytes\": %d}\n", blocks * 16);
      return 3;
    }
    std::memset(block, 1, 16 << 20);
  }
}
