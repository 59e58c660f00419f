// Spins for ever on every core it can get.
package main

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			for {
			}
		}()
	}
	for {
	}
}
