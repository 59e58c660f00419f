// Starts a shell and asks it who it is and what it sees.
package main

import (
	"os"
	"os/exec"
)

func main() {
	shell := exec.Command("/bin/sh", "-c", "id -u; ls /")
	shell.Stdout = os.Stdout
	shell.Stderr = os.Stderr
	if err := shell.Run(); err != nil {
		os.Exit(1)
	}
}
