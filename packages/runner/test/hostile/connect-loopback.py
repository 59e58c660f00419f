# Tries to reach a TCP server on the host's loopback (its port is the first argument).
import json
import socket
import sys

port = int(sys.argv[1])
results = {}
for family, address in [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")]:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as connection:
            connection.settimeout(2)
            connection.connect((address, port))
            connection.sendall(b"hello from the sandbox")
            results[address] = "connected"
    except OSError as error:
        results[address] = f"{type(error).__name__}: {error}"
print(json.dumps(results))
