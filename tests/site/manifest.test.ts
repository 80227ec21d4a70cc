import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The web app manifest (public/manifest.webmanifest) and what it points to. */
const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
  start_url: string;
  scope: string;
  display: string;
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string }[];
};
const globalCss = readFileSync('src/styles/global.css', 'utf8');

describe('web app manifest', () => {
  it('opens the course standalone, scoped to the whole site', () => {
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  });

  it("uses the site's light background for its colours", () => {
    const light = /--bg: light-dark\((#[0-9a-f]{6}),/.exec(globalCss)?.[1];
    expect(light).toBe('#ffffff');
    expect(manifest.background_color).toBe(light);
    expect(manifest.theme_color).toBe(light);
  });

  it('lists icons that exist in public/, the favicon SVG among them', () => {
    expect(manifest.icons.map((i) => `${i.src} ${i.sizes}`)).toEqual([
      '/favicon.svg any',
      '/icon-192.png 192x192',
      '/icon-512.png 512x512',
    ]);
    for (const icon of manifest.icons) expect(existsSync(`public${icon.src}`), icon.src).toBe(true);
  });
});
