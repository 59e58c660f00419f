# Starts a shell: it works, but inside the same jail.
import subprocess

script = "id -u; echo ---; ls /; echo ---; cat /etc/shadow 2>&1; echo ---; hostname"
print(subprocess.run(["/bin/sh", "-c", script], capture_output=True, text=True).stdout)
