import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_EXPLANATIONS, StorageBadge } from './storage-badge';

const renderBadge = (status: 'ok' | 'degraded' | 'missing') =>
  render(
    <Tooltip.Provider delayDuration={0}>
      <StorageBadge status={status} side="Actual" />
    </Tooltip.Provider>,
  );

// Radix positions the tooltip with ResizeObserver; the test DOM lays nothing out to observe.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}

describe('StorageBadge', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['ok', 'badge--pass'],
    ['degraded', 'badge--warn'],
    ['missing', 'badge--fail'],
  ] as const)('says "Storage: %s" in words and colour', (status, tone) => {
    renderBadge(status);
    const badge = screen.getByRole('button', { name: `Actual file: Storage: ${status}` });
    expect(badge).toHaveTextContent(`Storage: ${status}`);
    expect(badge).toHaveClass(tone);
  });

  it('explains the storage backends in a tooltip on focus', async () => {
    vi.stubGlobal('ResizeObserver', NoResize);
    renderBadge('degraded');
    await userEvent.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(STORAGE_EXPLANATIONS.degraded);
    expect(STORAGE_EXPLANATIONS.degraded).toMatch(/one storage backend/);
    expect(STORAGE_EXPLANATIONS.ok).toMatch(/local storage and its cloud/);
    expect(STORAGE_EXPLANATIONS.missing).toMatch(/Neither storage backend/);
  });
});
