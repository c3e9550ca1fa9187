import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { FileDownload } from '@/api/validators';
import { createHandlers } from './handlers';
import { scenarios } from './scenarios';
import { DEMO_MAINTAINER_TOKEN } from './tokens';

const BASE = 'http://localhost:3000/api/v1';

async function download(sampleId: number, options = {}) {
  const request = new Request(`${BASE}/samples/${sampleId}/download`, { headers: { Authorization: `Bearer ${DEMO_MAINTAINER_TOKEN}` } });
  const response = await getResponse(createHandlers(BASE, options), request);
  if (!response) throw new Error('no handler');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /samples/{id}/download in the demo backend', () => {
  it('points the caption scenarios’ samples at the demo media, on the storage origin when one is given', async () => {
    const shift = await download(scenarios.captionShift.sampleId, { mediaBaseUrl: 'http://127.0.0.1:4011' });
    expect(shift.status).toBe(200);
    expect(shift.body).toMatchObject({ download_url: 'http://127.0.0.1:4011/test-pattern.webm', storage_status: 'ok' });
    expect(shift.body.filename).toMatch(/^[0-9a-f]{64}\.webm$/);
    expect(FileDownload(shift.body)).toBe(true);

    const h264 = await download(scenarios.captionTextChanged.sampleId, { mediaBaseUrl: 'http://127.0.0.1:4011' });
    expect(h264.body).toMatchObject({ download_url: 'http://127.0.0.1:4011/test-pattern-h264.mpegts' });
    expect(h264.body.filename).toMatch(/\.ts$/);
    const mpeg2 = await download(scenarios.captionEncoding.sampleId);
    expect(mpeg2.body.download_url).toMatch(/\/test-pattern-mpeg2\.mpegts$/);
  });

  it('answers every other sample as the platform’s server does without a cloud copy', async () => {
    const other = await download(scenarios.differs.sampleId);
    expect(other.body).toMatchObject({ download_url: null, storage_status: 'degraded' });
    expect(FileDownload(other.body)).toBe(true);
    expect((await download(999_999)).status).toBe(404);
  });
});
