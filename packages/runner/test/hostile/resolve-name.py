# Tries to resolve names: there is no network and no resolver configuration.
import json
import socket

results = {}
for name in ["example.com", "localhost"]:
    try:
        results[name] = sorted({info[4][0] for info in socket.getaddrinfo(name, 80)})
    except OSError as error:
        results[name] = f"{type(error).__name__}: {error}"
print(json.dumps(results))
