# Opens files until the open-files limit refuses one.
import errno
import json

handles = []
failure = None
try:
    while len(handles) < 100_000:
        handles.append(open("/dev/null"))
except OSError as error:
    failure = errno.errorcode.get(error.errno, str(error.errno))
print(json.dumps({"opened": len(handles), "error": failure}))
