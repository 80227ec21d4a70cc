/**
 * A minimal build context for a Dockerfile shown in a lesson, so a content test can build it
 * in the simulator. The lesson never shows the app, so we infer a plausible one from the
 * Dockerfile itself:
 *
 * - a `node` base image (official or distroless) → an Express app: package.json (with a
 *   `build` script that writes build/index.js), package-lock.json, src/index.js and server.js;
 * - a `golang` base image → go.mod and a net/http main.go;
 * - a `python` base image → requirements.txt and app.py;
 * - every other file a `COPY`/`ADD` names literally from the context → a small text file.
 *
 * The files mirror tests/fixtures/sim (node-brief, go-cgo), which the engine tests already
 * build, so a failure here points at the lesson, not at an odd fixture.
 */

const EXPRESS_APP = `const express = require('express');

const app = express();
const port = process.env.PORT || 3000;

app.get('/', (req, res) => res.send('Hello from Stagecraft\\n'));

app.listen(port, () => {
  console.log(\`myapp listening on port \${port}\`);
});
`;

const PACKAGE_JSON = `{
  "name": "myapp",
  "version": "1.0.0",
  "private": true,
  "scripts": {
    "build": "mkdir -p build && cp src/index.js build/index.js",
    "start": "node build/index.js"
  },
  "dependencies": {
    "express": "^4.21.2"
  }
}
`;

const PACKAGE_LOCK = `{
  "name": "myapp",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "myapp",
      "version": "1.0.0",
      "dependencies": {
        "express": "^4.21.2"
      }
    },
    "node_modules/express": {
      "version": "4.21.2"
    }
  }
}
`;

const GO_MAIN = `package main

import (
\t"fmt"
\t"log"
\t"net/http"
)

func main() {
\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
\t\tfmt.Fprintln(w, "Hello from Stagecraft")
\t})
\tlog.Println("myapp listening on :8080")
\tlog.Fatal(http.ListenAndServe(":8080", nil))
}
`;

const PY_APP = `print("Hello from Stagecraft")
`;

/** `FROM` image names (stage names excluded), lower-cased. */
function baseImages(dockerfile: string): string[] {
  return [...dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim)].map((m) => m[1]!.toLowerCase());
}

/** Literal context sources of COPY/ADD lines without --from (no globs, no `.`, no URLs). */
export function copiedSources(dockerfile: string): string[] {
  const sources: string[] = [];
  for (const m of dockerfile.matchAll(/^\s*(?:COPY|ADD)\s+(.+)$/gim)) {
    const words = m[1]!.trim();
    if (words.startsWith('[') || /--from[= ]/i.test(words)) continue;
    const args = words.split(/\s+/).filter((w) => !w.startsWith('--'));
    for (const src of args.slice(0, -1)) {
      if (src === '.' || src === './' || /[*?[$]|:\/\//.test(src)) continue;
      sources.push(src.replace(/^\.\//, ''));
    }
  }
  return sources;
}

/** Relative path → text, for `new Session({ files })`. `go` is the Go version for go.mod. */
export function fixtureContext(
  dockerfile: string,
  options: { go?: string; dockerfileName?: string } = {},
): Record<string, string> {
  const files: Record<string, string> = {};
  const images = baseImages(dockerfile);
  if (images.some((i) => /(^|\/)node(js)?[\d:-]|(^|\/)node$/.test(i))) {
    Object.assign(files, {
      'package.json': PACKAGE_JSON,
      'package-lock.json': PACKAGE_LOCK,
      'src/index.js': EXPRESS_APP,
      'server.js': EXPRESS_APP,
    });
  }
  if (images.some((i) => i.startsWith('golang'))) {
    files['go.mod'] = `module example.com/myapp\n\ngo ${options.go ?? '1.22'}\n`;
    files['main.go'] = GO_MAIN;
  }
  if (images.some((i) => /(^|\/)python/.test(i))) {
    files['requirements.txt'] = '';
    files['app.py'] = PY_APP;
  }
  for (const src of copiedSources(dockerfile)) {
    if (Object.keys(files).some((f) => f === src || f.startsWith(src.replace(/\/?$/, '/'))))
      continue;
    if (src.endsWith('/')) files[`${src}README.txt`] = 'fixture\n';
    else files[src] = 'fixture\n';
  }
  files[options.dockerfileName ?? 'Dockerfile'] = dockerfile;
  return files;
}
