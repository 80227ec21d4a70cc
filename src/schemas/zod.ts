/**
 * The one zod every schema imports. `jitless` stops zod 4 from probing `new Function('')` to
 * compile fast validators: under the site's Content-Security-Policy (no 'unsafe-eval') the
 * probe is blocked and Chrome reports a violation on every page that validates in the browser.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
