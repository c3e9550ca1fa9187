import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useHeadingFocus } from './use-heading-focus';

vi.mock('@tanstack/react-router', () => ({ useRouterState: () => '/runs/1' }));

function Screen({ heading }: { heading: boolean }) {
  useHeadingFocus('main');
  return (
    <main id="main">
      {heading && <h1>Run 1</h1>}
      <button type="button">Filter</button>
    </main>
  );
}

const aFewFrames = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('focus on a new screen', () => {
  it('moves to the main heading', async () => {
    render(<Screen heading />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Run 1' })).toHaveFocus());
  });

  it('moves to a heading that appears late (a screen still loading)', async () => {
    const { rerender } = render(<Screen heading={false} />);
    await aFewFrames();
    rerender(<Screen heading />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Run 1' })).toHaveFocus());
  });

  it('stays where the user put it before the screen was painted', async () => {
    render(<Screen heading />);
    // In the same frame, before the heading's focus comes: a click on the button.
    const button = screen.getByRole('button', { name: 'Filter' });
    fireEvent.pointerDown(button);
    button.focus();
    await aFewFrames();
    expect(screen.getByRole('button', { name: 'Filter' })).toHaveFocus();
  });
});
