# Writes to stderr without end: stderr has its own output limit.
import sys

line = "flooding the standard error " * 4 + "\n"
while True:
    sys.stderr.write(line)
