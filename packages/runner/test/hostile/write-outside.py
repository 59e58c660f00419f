# Tries to create a file in every place outside /tmp; each attempt must fail.
import errno
import json

results = {}
for folder in ["/", "/usr", "/usr/bin", "/sandbox", "/etc", "/dev", "/proc", "/root", "/home", "/var"]:
    path = folder.rstrip("/") + "/loopwise-was-here"
    try:
        with open(path, "w") as file:
            file.write("escaped")
        results[folder] = "written"
    except OSError as error:
        results[folder] = errno.errorcode.get(error.errno, str(error.errno))
print(json.dumps(results))
