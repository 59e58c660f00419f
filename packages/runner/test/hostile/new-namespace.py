# Tries to make a user namespace of its own (where it would be root): nested ones are disabled.
import ctypes
import json
import os

CLONE_NEWUSER = 0x10000000
libc = ctypes.CDLL(None, use_errno=True)
result = libc.unshare(CLONE_NEWUSER)
print(json.dumps({"result": result, "error": os.strerror(ctypes.get_errno()) if result != 0 else None}))
