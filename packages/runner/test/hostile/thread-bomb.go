// Pins goroutines to OS threads that sleep, until the process limit refuses one: the Go runtime
// then dies with "failed to create new OS thread".
package main

import (
	"runtime"
	"time"
)

func main() {
	for i := 0; i < 10000; i++ {
		go func() {
			runtime.LockOSThread()
			time.Sleep(30 * time.Second)
		}()
	}
	time.Sleep(30 * time.Second)
}
