// The demo backend in the browser: a service worker answering the API at `baseUrl`; everything else goes out.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

export async function startDemoWorker(baseUrl: string) {
  const worker = setupWorker(...createHandlers(baseUrl));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return worker;
}
