// Spins forever: only the CPU limit can end it.
int main() {
  volatile unsigned long counter = 0;
  for (;;) counter = counter + 1;
}
