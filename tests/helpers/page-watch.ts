import type { Page } from 'playwright-core';

/** Collects what a page must never do: log errors, fail requests, or talk to another origin. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export function watchPage(page: Page, baseUrl: string): PageProblems {
  const origin = new URL(baseUrl).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.foreignRequests.push(url);
    }
  });
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // A reload or navigation cancels requests still in flight (the favicon, say): that is the
    // browser aborting, not the site failing. Real failures show as other errors or as >= 400.
    if (error === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${req.url()} ${error}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()} ${res.status()}`);
  });
  return problems;
}
