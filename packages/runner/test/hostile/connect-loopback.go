// Tries to reach a TCP server on the host's loopback (its port is the first argument).
package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	results := map[string]string{}
	for _, address := range []string{"127.0.0.1", "::1"} {
		connection, err := net.DialTimeout("tcp", net.JoinHostPort(address, os.Args[1]), 2*time.Second)
		if err != nil {
			results[address] = err.Error()
			continue
		}
		fmt.Fprint(connection, "hello from the sandbox")
		connection.Close()
		results[address] = "connected"
	}
	out, _ := json.Marshal(results)
	fmt.Println(string(out))
}
