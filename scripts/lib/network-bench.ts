// The bench's network case (issue 19): a cold deep link to an output over an emulated network (CDP
// Network.emulateNetworkConditions: 150 ms round trip, 10 Mbit/s each way), the build served compressed
// (build-server.ts), the API on another origin (CORS: the Authorization header makes every new URL preflighted) or on
// the app's own origin (proxied). Each load gets a fresh context: empty HTTP cache, empty preflight cache.
import type { Browser } from '@playwright/test';
import { firstVisible } from './browser-harness';

export const RTT_MS = 150;
const BYTES_PER_S = 10_000_000 / 8;

export type NetworkMeasure = {
  origin: 'cross-origin' | 'same-origin';
  /** The app's protocol as the browser spoke it (resource timing's nextHopProtocol: http/1.1, h2). */
  protocol: string;
  /** From navigation start (the document's request) to the first API request leaving. */
  firstApiRequestMs: number | null;
  /** From navigation start to the entry script's last byte (resource timing): the early requests can leave after it. */
  entryArrivedMs: number | null;
  /** From navigation start to a changed row on screen. */
  firstRowMs: number | null;
  /** The time to the first changed row counted in round trips (÷ RTT_MS): the sequential waits on the way. */
  roundTrips: number | null;
  apiRequests: number;
  /** Distinct API URLs requested: a browser preflights each at most once while its preflight cache holds. */
  apiUrls: number;
  preflights: number;
  /** Every resource's start and end from navigation (resource timing), for BENCH_WATERFALL=1. */
  waterfall: { name: string; startMs: number; endMs: number }[];
};

type Sent = { url: string; method: string; type?: string; timestamp: number };

/** A value written into the page's storage before its scripts run: the app's session, or the naive page's token. */
export type Stored = { storage: 'sessionStorage' | 'localStorage'; key: string; value: string };

/**
 * Loads `url` cold, signed in by `stored` (for the app, the JSON src/lib/session.ts reads from sessionStorage), and
 * times the first API request and the first changed row (`changedRow`, a selector).
 */
export async function measureColdDeepLink(
  browser: Browser,
  {
    url,
    apiBase,
    stored,
    changedRow,
    origin,
  }: { url: string; apiBase: string; stored: Stored; changedRow: string; origin: NetworkMeasure['origin'] },
): Promise<NetworkMeasure> {
  // The HTTP/2 server's certificate is a throwaway self-signed one.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ignoreHTTPSErrors: true });
  await context.addInitScript(({ storage, key, value }) => globalThis[storage].setItem(key, value), stored);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: BYTES_PER_S,
    uploadThroughput: BYTES_PER_S,
  });
  const sent: Sent[] = [];
  cdp.on('Network.requestWillBeSent', (event) =>
    sent.push({ url: event.request.url, method: event.request.method, type: event.type, timestamp: event.timestamp }),
  );
  await page.goto(url, { waitUntil: 'commit' });
  const firstRowMs = await firstVisible(page, changedRow, 60_000);
  // The screen's later requests (the results' other pages, the second file's worker) are not on the way to the row.
  await page.waitForTimeout(500);
  const { entryArrivedMs, protocol, waterfall } = await page.evaluate(() => {
    const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const timing = entries.find((entry) => entry.name === src);
    return {
      entryArrivedMs: timing ? Math.round(timing.responseEnd) : null,
      protocol: timing?.nextHopProtocol || 'unknown',
      waterfall: entries.map((entry) => ({
        name: entry.name.replace(location.origin, ''),
        startMs: Math.round(entry.startTime),
        endMs: Math.round(entry.responseEnd),
      })),
    };
  });
  await context.close();

  const navigation = sent.find((s) => s.type === 'Document');
  const api = sent.filter((s) => s.url.startsWith(apiBase) && s.method !== 'OPTIONS' && s.type !== 'Preflight');
  const preflights = sent.filter((s) => s.url.startsWith(apiBase) && (s.method === 'OPTIONS' || s.type === 'Preflight'));
  const first = api[0];
  const firstApiRequestMs = navigation && first ? Math.round((first.timestamp - navigation.timestamp) * 1000) : null;
  return {
    origin,
    protocol,
    firstApiRequestMs,
    entryArrivedMs,
    firstRowMs,
    roundTrips: firstRowMs === null ? null : Math.round((firstRowMs / RTT_MS) * 10) / 10,
    apiRequests: api.length,
    apiUrls: new Set(api.map((request) => request.url)).size,
    preflights: preflights.length,
    waterfall,
  };
}
