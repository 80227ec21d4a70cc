import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from './preview-server';

/** Every page the build produced, as URL paths: the browser tests cover all of them. */
export function builtPages(distDir = join(repoRoot, 'dist')): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html') && name !== '404.html') {
        const rel = relative(distDir, full).split(sep).join('/');
        pages.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(distDir);
  return pages.sort();
}
