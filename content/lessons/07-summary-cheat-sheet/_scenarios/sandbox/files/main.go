package main

import (
	"fmt"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "Hello from a distroless container")
	})
	log.Println("myapp listening on :3000")
	log.Fatal(http.ListenAndServe(":3000", nil))
}
