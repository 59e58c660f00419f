# Writes 256 KB files into /tmp until the file system refuses: the tmpfs is small and capped.
import errno
import json

chunk = b"\0" * (256 * 1024)
written = 0
failure = None
for index in range(100_000):
    try:
        with open(f"/tmp/fill-{index}", "wb") as file:
            file.write(chunk)
        written += len(chunk)
    except OSError as error:
        failure = errno.errorcode.get(error.errno, str(error.errno))
        break
print(json.dumps({"written": written, "error": failure}))
