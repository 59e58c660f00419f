// Tries to resolve a name, with Go's own resolver and with the system's.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
)

func main() {
	results := map[string]string{}
	for name, resolver := range map[string]*net.Resolver{"go": {PreferGo: true}, "system": {}} {
		addresses, err := resolver.LookupHost(context.Background(), "example.com")
		if err != nil {
			results[name] = "error: " + err.Error()
		} else {
			results[name] = fmt.Sprint(addresses)
		}
	}
	out, _ := json.Marshal(results)
	fmt.Println(string(out))
}
