// Spins forever: only the CPU limit can end it.
for (;;);
