"""The Python harness's entry, started warm inside the sandbox. The work is in lw_harness, a
module, so that its bytecode compiled on the host (languages-python.ts) loads instead of its source."""

from lw_harness import main

main()
