package main

import (
	"fmt"
	"log"
	"net/http"
)

func greeting() string {
	return "Hello from a multi-stage build"
}

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, greeting())
	})
	log.Println("myapp listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
