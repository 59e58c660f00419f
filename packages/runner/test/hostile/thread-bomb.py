# Starts sleeping threads until the process limit refuses one, then reports how far it got.
import json
import threading
import time

started = 0
error = None
try:
    while started < 10_000:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        started += 1
except RuntimeError as failure:
    error = str(failure)
print(json.dumps({"started": started, "error": error}), flush=True)
