import { describe, expect, it } from 'vitest';
import { goServer } from '../../../../src/engine/programs/go/go-source';

const file = (text: string, imports: string[] = ['net/http']) => ({
  name: 'main.go',
  pkg: 'main',
  text,
  imports,
});

describe('goServer', () => {
  it('reads the address of http.ListenAndServe', () => {
    expect(goServer([file('http.ListenAndServe(":3000", nil)')])).toEqual({
      addr: ':3000',
      port: 3000,
    });
  });

  it('finds srv.ListenAndServe() on an http.Server, its Addr from a flag default', () => {
    const text = [
      'addr := flag.String("addr", ":8080", "address to listen on")',
      'srv := &http.Server{',
      '\tAddr:    *addr,',
      '}',
      'log.Fatal(srv.ListenAndServe())',
    ].join('\n');
    expect(goServer([file(text)])).toEqual({ addr: ':8080', port: 8080 });
  });

  it('takes a literal Addr, and an empty one as :80', () => {
    expect(goServer([file('s := http.Server{Addr: ":9000"}\ns.ListenAndServe()')])).toEqual({
      addr: ':9000',
      port: 9000,
    });
    expect(goServer([file('s := http.Server{}\ns.ListenAndServe()')])).toEqual({
      addr: ':80',
      port: 80,
    });
  });

  it('finds no server in a program that only prints', () => {
    expect(goServer([file('fmt.Println("hi")', ['fmt'])])).toBeUndefined();
  });
});
