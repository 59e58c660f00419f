# Hoards System V shared memory: segments outlive their mapping, so RLIMIT_AS never sees them.
import ctypes
import json

libc = ctypes.CDLL(None, use_errno=True)
IPC_CREAT = 0o1000
segment = libc.shmget(0, 64 << 20, IPC_CREAT | 0o600)
queue = libc.msgget(0, IPC_CREAT | 0o600)
print(json.dumps({"shmget": segment, "msgget": queue, "errno": ctypes.get_errno()}))
