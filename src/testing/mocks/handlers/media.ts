// `GET /samples/{id}/download`: where a sample's media file is stored (data/sample-media.ts).
import { bypass, http, HttpResponse, type HttpHandler } from 'msw';
import { parseRange } from '../data/byte-range';
import type { FileDownload } from '../data/api-types';
import { getCatalog } from '../data/catalog';
import { notFound, pathId } from '../data/request-params';
import { MEDIA_FILES, SAMPLE_MEDIA, mediaUrl, type MediaFile } from '../data/sample-media';
import { SCOPES } from '../tokens';
import { endpoint } from './endpoint';

/**
 * The demo's own media files, answered by the service worker as a storage would with range requests. Its
 * pass-through would drop a media element's `Range` (a no-cors request keeps no such header when copied, and the
 * request reaching this handler has lost it the same way), and a video answered 200 cannot seek at all. So every
 * request gets a 206: the range when one is visible, else the whole file as the range `0-` it almost always is. A
 * file of a few hundred KB is then in the browser's media cache at once, and it seeks without asking again.
 */
function servedWithRanges(media: MediaFile): HttpHandler[] {
  const url = mediaUrl(media, undefined);
  if (!/^https?:/.test(url)) return [];
  let bytes: Promise<Uint8Array> | null = null;
  return [
    http.get(url, async ({ request }) => {
      bytes ??= fetch(bypass(url)).then(async (response) => new Uint8Array(await response.arrayBuffer()));
      const whole = await bytes;
      const range = parseRange(request.headers.get('range'), whole.length);
      const headers = { 'Content-Type': media.contentType, 'Accept-Ranges': 'bytes' };
      if (range === 'unsatisfiable')
        return new HttpResponse(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${whole.length}` } });
      const [start, end] = range ?? [0, whole.length - 1];
      return new HttpResponse(whole.slice(start, end + 1), {
        status: 206,
        headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${whole.length}` },
      });
    }),
  ];
}

/** `mediaBaseUrl`: the storage origin of the signed URLs (the HTTP mock's media server); unset, the demo's own files. */
export function mediaHandlers(base: string, mediaBaseUrl?: string): HttpHandler[] {
  return [
    ...(mediaBaseUrl ? [] : Object.values(MEDIA_FILES).flatMap(servedWithRanges)),
    http.get(
      `${base}/samples/:sample_id/download`,
      endpoint(SCOPES.runs, ({ params }) => {
        const id = pathId('sample_id', params.sample_id);
        const sample = getCatalog().sample(id);
        if (!sample) throw notFound('sample', id);
        const media = SAMPLE_MEDIA[id];
        const extension = media?.extension ?? /\.[A-Za-z0-9]+$/.exec(sample.originalName)?.[0] ?? '';
        const body: FileDownload = media
          ? { filename: `${sample.sha}${extension}`, download_url: mediaUrl(media, mediaBaseUrl), storage_status: 'ok' }
          : { filename: `${sample.sha}${extension}`, download_url: null, storage_status: 'degraded' };
        return HttpResponse.json(body);
      }),
    ),
  ];
}
