// Helpers for the captions feature's component tests (never imported by the app).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { CAPTION_FIXTURES, type CaptionFixture } from '@/testing/captions/caption-fixtures';
import type { AlignedRow } from './lib/aligned-row';
import { captionDiff } from './lib/caption-diff';

export const REF = { runId: 9461, sampleId: 1, regressionId: 2, outputId: 3 };

export function fixture(name: string): CaptionFixture {
  const found = CAPTION_FIXTURES.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

export function fixtureRows(name: string): AlignedRow[] {
  const f = fixture(name);
  return captionDiff(f.expected, f.actual, f.filename).rows;
}

export function renderWithQueries(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A wrapper, so `rerender` keeps the same client.
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { queryClient, ...render(ui, { wrapper }) };
}
