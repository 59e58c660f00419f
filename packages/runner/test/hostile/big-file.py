# Writes one file past the file-size limit (Python ignores SIGXFSZ, so the write fails instead).
import errno
import json

written = 0
failure = None
with open("/tmp/big", "wb", buffering=0) as file:
    try:
        while written < 64 * 1024 * 1024:
            written += file.write(b"\0" * 65536)
    except OSError as error:
        failure = errno.errorcode.get(error.errno, str(error.errno))
print(json.dumps({"written": written, "error": failure}))
