// Command stagecraft-server serves Stagecraft's built site (dist/) with security headers.
//
// It is the only program in the runtime image: gcr.io/distroless/static has no shell, no
// curl and no wget, so the image's HEALTHCHECK runs this binary again with -healthcheck,
// which asks the running server for /healthz and exits 0 or 1.
package main

import (
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

// headers.json is the one list of security headers: this server sends it, the README
// documents it for other hosts, and the browser tests replay it over the built site.
//
//go:embed headers.json
var headersJSON []byte

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	root := flag.String("root", "/site", "directory holding the built site")
	health := flag.Bool("healthcheck", false, "probe the server on -addr, exit 0 when healthy")
	flag.Parse()

	if *health {
		os.Exit(probe(*addr))
	}
	// distroless/static has no /etc/mime.types, and Go's built-in table lacks the web app
	// manifest; with X-Content-Type-Options: nosniff it must be labelled correctly.
	if err := mime.AddExtensionType(".webmanifest", "application/manifest+json"); err != nil {
		log.Fatalf("mime: %v", err)
	}
	var headers map[string]string
	if err := json.Unmarshal(headersJSON, &headers); err != nil {
		log.Fatalf("headers.json: %v", err)
	}
	srv := &http.Server{
		Addr:    *addr,
		Handler: withHeaders(headers, site(os.DirFS(*root))),
		// Timeouts keep slow clients from holding connections open forever.
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	log.Printf("serving %s on %s", *root, *addr)
	log.Fatal(srv.ListenAndServe())
}

// probe is the health check: a GET of /healthz on the loopback interface.
func probe(addr string) int {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "healthcheck:", err)
		return 1
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	client := &http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		fmt.Fprintln(os.Stderr, "healthcheck:", err)
		return 1
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(os.Stderr, "healthcheck:", resp.Status)
		return 1
	}
	return 0
}

func withHeaders(headers map[string]string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		next.ServeHTTP(w, r)
	})
}

// site serves files from root: GET and HEAD only, no directory listings, the site's own
// 404 page for anything missing, and long caching only for Astro's content-hashed assets.
func site(root fs.FS) http.Handler {
	files := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if r.URL.Path == "/healthz" {
			w.Header().Set("Cache-Control", "no-store")
			if _, err := fs.Stat(root, "index.html"); err != nil {
				http.Error(w, "site missing", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ok")
			return
		}
		if !servable(root, r.URL.Path) {
			notFound(w, r, root)
			return
		}
		w.Header().Set("Cache-Control", cacheControl(r.URL.Path))
		files.ServeHTTP(w, r)
	})
}

// servable: a file, or a directory with an index.html (never a listing).
func servable(root fs.FS, urlPath string) bool {
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" {
		name = "."
	}
	info, err := fs.Stat(root, name)
	if err != nil {
		return false
	}
	if info.IsDir() {
		_, err = fs.Stat(root, path.Join(name, "index.html"))
		return err == nil
	}
	return true
}

func notFound(w http.ResponseWriter, r *http.Request, root fs.FS) {
	page, err := fs.ReadFile(root, "404.html")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write(page)
}

// Astro puts content-hashed files under /_astro/: a new build gives new names, so they can
// be cached for a year. Everything else is revalidated on each visit.
func cacheControl(urlPath string) string {
	if strings.HasPrefix(urlPath, "/_astro/") {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}
