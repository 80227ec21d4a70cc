import { describe, expect, it } from 'vitest';
import { readBinary } from '../../../../src/engine/programs/binary';
import { box, sh } from '../helpers';

const HELLO_HTTP = `package main

import (
\t"fmt"
\t"log"
\t"net/http"
)

func main() {
\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hi") })
\tlog.Println("listening on :8080")
\tlog.Fatal(http.ListenAndServe(":8080", nil))
}
`;

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello from go")\n}\n';

function project(ref: string, main: string) {
  const b = box(ref);
  b.vfs.mkdir('/src');
  b.vfs.writeFile('/src/go.mod', 'module example.com/myapp\n\ngo 1.27\n');
  b.vfs.writeFile('/src/main.go', main);
  return b;
}

function built(b: ReturnType<typeof box>, path = '/src/myapp') {
  const node = b.vfs.stat(path);
  return {
    kind: node.type === 'file' ? node.kind : undefined,
    size: node.type === 'file' ? node.size : 0,
    info: readBinary(node),
  };
}

describe('go build: static or dynamic', () => {
  // gcc present × CGO_ENABLED × imports net × -tags netgo
  const table: [string, string, string, string, string][] = [
    ['golang:1.27', '', HELLO_HTTP, '', 'elf-dynamic-glibc'],
    ['golang:1.27', 'CGO_ENABLED=0', HELLO_HTTP, '', 'elf-static'],
    ['golang:1.27', '', HELLO_HTTP, '-tags netgo', 'elf-static'],
    ['golang:1.27', 'CGO_ENABLED=1', HELLO_HTTP, '-tags netgo', 'elf-static'],
    ['golang:1.27', '', HELLO, '', 'elf-static'],
    ['golang:1.27-alpine', '', HELLO_HTTP, '', 'elf-static'],
    ['golang:1.27-alpine', 'CGO_ENABLED=0', HELLO_HTTP, '', 'elf-static'],
    [
      'golang:1.27',
      '',
      HELLO_HTTP,
      `-ldflags '-linkmode external -extldflags "-static"'`,
      'elf-static',
    ],
  ];
  for (const [ref, env, main, flags, kind] of table) {
    it(`${ref} ${env || '(CGO_ENABLED unset)'} ${main === HELLO ? 'fmt only' : 'net/http'} ${flags} → ${kind}`, () => {
      const b = project(ref, main);
      const r = sh(b, `cd /src && ${env} go build ${flags} -o myapp .`);
      expect(r).toEqual({ code: 0, out: '', err: '' });
      expect(built(b).kind).toBe(kind);
    });
  }

  it('records the builder glibc and the versions the binary needs', () => {
    const b = project('golang:1.27', HELLO_HTTP);
    sh(b, 'cd /src && go build -o myapp .');
    expect(built(b).info).toMatchObject({
      linking: 'dynamic',
      builtWithGlibc: '2.41',
      glibcNeeds: ['2.32', '2.34', '2.38'],
      cgoImports: ['net'],
    });
  });

  it('CGO_ENABLED=1 without gcc fails on alpine', () => {
    const r = sh(
      project('golang:1.27-alpine', HELLO_HTTP),
      'cd /src && CGO_ENABLED=1 go build -o myapp .',
    );
    expect(r).toEqual({
      code: 1,
      out: '',
      err: '# runtime/cgo\ncgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\n',
    });
  });

  it('os/user links dynamically unless osusergo', () => {
    const src = 'package main\n\nimport "os/user"\n\nfunc main() { user.Current() }\n';
    const b = project('golang:1.27', src);
    sh(b, 'cd /src && go build -o a . && go build -tags osusergo -o b .');
    expect([built(b, '/src/a').kind, built(b, '/src/b').kind]).toEqual([
      'elf-dynamic-glibc',
      'elf-static',
    ]);
  });
});

describe('go build: sizes and errors', () => {
  it('a net/http hello is ~7–8 MB; -ldflags "-s -w" strips about 30%', () => {
    const b = project('golang:1.27', HELLO_HTTP);
    sh(
      b,
      'cd /src && CGO_ENABLED=0 go build -o full . && CGO_ENABLED=0 go build -ldflags="-s -w" -o small .',
    );
    const full = built(b, '/src/full').size;
    expect(full).toBeGreaterThan(7e6);
    expect(full).toBeLessThan(8.5e6);
    expect(built(b, '/src/small').size).toBe(Math.round(full * 0.7));
  });

  it('default output name is the last element of the module path', () => {
    const b = project('golang:1.27', HELLO);
    sh(b, 'cd /src && go build');
    expect(b.vfs.exists('/src/myapp')).toBe(true);
  });

  it('-o creates the output directory, as go build does (RUN go build -o /out/myapp .)', () => {
    const b = project('golang:1.27', HELLO);
    expect(sh(b, 'cd /src && CGO_ENABLED=0 go build -o /out/myapp .').code).toBe(0);
    expect(built(b, '/out/myapp').kind).toBe('elf-static');
  });

  it('without go.mod', () => {
    const b = box('golang:1.27');
    b.vfs.mkdir('/src');
    b.vfs.writeFile('/src/main.go', HELLO);
    expect(sh(b, 'cd /src && go build .')).toEqual({
      code: 1,
      out: '',
      err: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
    });
  });

  it('an import no module provides', () => {
    const src =
      'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default().Run() }\n';
    const r = sh(project('golang:1.27', src), 'cd /src && go build .');
    expect(r.err).toBe(
      'main.go:3:2: no required module provides package github.com/gin-gonic/gin; to add it:\n\tgo get github.com/gin-gonic/gin\n',
    );
  });

  it('go mod download fills the module cache; gin links dynamically (it imports net/http)', () => {
    const src =
      'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default().Run(":8080") }\n';
    const b = project('golang:1.27', src);
    b.vfs.writeFile(
      '/src/go.mod',
      'module example.com/myapp\n\ngo 1.27\n\nrequire github.com/gin-gonic/gin v1.10.0\n',
    );
    expect(sh(b, 'cd /src && go mod download')).toEqual({ code: 0, out: '', err: '' });
    expect(b.vfs.exists('/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0')).toBe(true);
    expect(sh(b, 'cd /src && go build -o myapp .')).toEqual({ code: 0, out: '', err: '' });
    expect(built(b).kind).toBe('elf-dynamic-glibc');
    expect(built(b).info?.server).toEqual({ addr: ':8080', port: 8080 });
  });

  it('unbalanced braces are a syntax error', () => {
    const r = sh(
      project('golang:1.27', 'package main\n\nfunc main() {\n'),
      'cd /src && go build .',
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      '# example.com/myapp\n./main.go:4:1: syntax error: unexpected EOF, expected }\n',
    );
  });

  it('go version', () => {
    expect(sh(box('golang:1.27'), 'go version').out).toBe('go version go1.27.1 linux/amd64\n');
  });
});
