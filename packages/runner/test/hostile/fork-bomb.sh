# The classic shell fork bomb: every call starts two more in the background. The first shell then
# stays, so the bomb has the whole wall-clock limit to press on the process limit.
:(){ :|:& };:
sleep 60
