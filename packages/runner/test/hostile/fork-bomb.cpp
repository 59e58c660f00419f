// Every process forks for ever, whether or not the last fork worked.
#include <unistd.h>

int main() {
  for (;;) fork();
}
