import { describe, expect, it } from 'vitest';
import { hashNode, hashString, hashTree } from '../../../src/engine/fs/hash';
import { Vfs } from '../../../src/engine/fs/vfs';

describe('content hashes (cache keys)', () => {
  it('is FNV-1a 64 for ASCII', () => {
    expect(hashString('')).toBe('cbf29ce484222325');
    expect(hashString('a')).toBe('af63dc4c8601ec8c');
    expect(hashString('foobar')).toBe('85944171f73967e8');
  });

  it('changes with content and mode, not with mtime or owner', () => {
    let t = 1;
    const fs = Vfs.create(undefined, { clock: () => t++ });
    fs.writeFile('/a', 'x');
    const first = hashNode(fs.stat('/a'));
    fs.writeFile('/a', 'x'); // touched: new mtime
    fs.chown('/a', 1000, 1000);
    expect(hashNode(fs.stat('/a'))).toBe(first);
    fs.writeFile('/a', 'y');
    expect(hashNode(fs.stat('/a'))).not.toBe(first);
    fs.writeFile('/a', 'x');
    fs.chmod('/a', 0o755);
    expect(hashNode(fs.stat('/a'))).not.toBe(first);
  });

  it('hashes trees by names and contents; synthetic files by size, kind and fingerprint', () => {
    const make = (content: string, name = 'b') => {
      const fs = Vfs.create();
      fs.mkdir('/src/lib', { recursive: true });
      fs.writeFile(`/src/lib/${name}`, content);
      fs.writeFile('/src/bin', { size: 1024 ** 3 }, { kind: 'elf-static' });
      return hashTree(fs, '/src');
    };
    expect(make('1')).toBe(make('1'));
    expect(make('1')).not.toBe(make('2'));
    expect(make('1')).not.toBe(make('1', 'c'));
  });
});
