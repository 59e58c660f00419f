// Writes one file past the file-size limit: the kernel sends SIGXFSZ, which ends the program.
#include <cstdio>

int main() {
  static char block[65536];
  std::FILE* file = std::fopen("/tmp/big", "wb");
  for (long written = 0; written < (64L << 20); written += sizeof block) std::fwrite(block, 1, sizeof block, file);
  std::fclose(file);
  std::puts("wrote 64 MB");
}
