// `GET /samples/{id}/download`: where a sample's media file is stored (data/sample-media.ts).
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FileDownload } from '../data/api-types';
import { getCatalog } from '../data/catalog';
import { notFound, pathId } from '../data/request-params';
import { SAMPLE_MEDIA, mediaUrl } from '../data/sample-media';
import { SCOPES } from '../tokens';
import { endpoint } from './endpoint';

/** `mediaBaseUrl`: the storage origin of the signed URLs (the HTTP mock's media server); unset, the demo's own files. */
export function mediaHandlers(base: string, mediaBaseUrl?: string): HttpHandler[] {
  return [
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
