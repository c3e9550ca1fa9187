import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualStack } from './virtual-stack';

const stack = (count: number, height: number) => (
  <VirtualStack
    virtual={false}
    count={count}
    estimateSize={() => height}
    itemKey={(i) => `item-${i}`}
    renderItem={(i) => <p>Item {i + 1}</p>}
  />
);

describe('VirtualStack, plain', () => {
  it('draws short items all at once', () => {
    render(stack(10, 100));
    expect(screen.getAllByText(/^Item \d+$/)).toHaveLength(10);
  });

  it('draws tall items a screenful a frame: the first at once, then the rest', async () => {
    render(stack(4, 4_000));
    expect(screen.getAllByText(/^Item \d+$/).map((item) => item.textContent)).toEqual(['Item 1']);
    await waitFor(() => expect(screen.getAllByText(/^Item \d+$/)).toHaveLength(4));
    expect(screen.getAllByText(/^Item \d+$/).map((item) => item.textContent)).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4']);
  });
});
