# Uses no CPU at all: only the wall clock can end it.
import time

time.sleep(600)
