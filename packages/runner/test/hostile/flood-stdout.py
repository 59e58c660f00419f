# Prints without end: the output limit must cut it and stop the program.
line = "flooding the standard output " * 4
while True:
    print(line)
