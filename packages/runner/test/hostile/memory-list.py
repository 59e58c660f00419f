# Grows a list of lists until the address-space limit stops it with MemoryError.
hoard = []
while True:
    hoard.append([0] * 1_000_000)
