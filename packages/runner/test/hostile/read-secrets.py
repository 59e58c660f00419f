# Tries to read the host's secrets: /etc/shadow, /etc/passwd, and every path given as an argument.
import errno
import json
import os
import sys

results = {}
for path in ["/etc/shadow", "/etc/passwd", "/etc"] + sys.argv[1:]:
    try:
        if os.path.isdir(path):
            results[path] = "listed: " + " ".join(os.listdir(path))
        else:
            with open(path) as file:
                results[path] = "read: " + file.read()
    except OSError as error:
        results[path] = errno.errorcode.get(error.errno, str(error.errno))
    if path not in results:
        results[path] = "missing"
print(json.dumps(results))
