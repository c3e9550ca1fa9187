import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scenarios } from '@/testing/mocks/scenarios';
import { renderApp } from '@/testing/test-utils';
import { fetchFile, outputPath } from '../test-support';

type Saved = { name: string; blob: Blob };

describe('downloads', () => {
  let saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  beforeEach(() => {
    saved = [];
    // The test DOM has no object URLs and does not navigate on click: record what would be saved.
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
  });
  afterEach(() => blobs.clear());

  it('saves the expected and actual files’ bytes under their names', async () => {
    const actual = await fetchFile(scenarios.differs, 'actual');
    const { user } = renderApp(outputPath(scenarios.differs));
    await user.click(await screen.findByRole('button', { name: 'Download actual' }, { timeout: 8000 }));
    await user.click(screen.getByRole('button', { name: 'Download expected' }));
    expect(saved.map((s) => s.name)).toEqual([actual.filename, actual.filename]);
    const bytes = new Uint8Array(await (saved[0] as Saved).blob.arrayBuffer());
    expect(Buffer.from(bytes).toString('base64')).toBe(actual.content);
  });

  it('saves the unified diff as a .diff file', async () => {
    const { user } = renderApp(outputPath(scenarios.differs));
    await user.click(await screen.findByRole('button', { name: 'Download .diff' }, { timeout: 8000 }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = saved[0] as Saved;
    expect(file.name).toMatch(/\.srt\.diff$/);
    expect(await file.blob.text()).toMatch(/^--- expected\/.*\n\+\+\+ actual\/.*\n@@ -\d+,\d+ \+\d+,\d+ @@/);
  });

  it('offers only the expected file for a missing output', async () => {
    renderApp(outputPath(scenarios.missingOutput));
    expect(await screen.findByRole('button', { name: 'Download expected' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download actual' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download .diff' })).toBeNull();
  });
});
