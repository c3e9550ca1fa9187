import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeText } from './safe-text';

describe('SafeText', () => {
  it('renders markup as text', () => {
    const { container } = render(<SafeText text={'<img src=x onerror=alert(1)><script>alert(1)</script>'} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)><script>alert(1)</script>');
  });

  it('shows bidi overrides, zero-width and control characters and line breaks as marks', () => {
    const { container } = render(<SafeText text={'clip_\u202E4pm.exe\u200B\u0007\n# x'} />);
    expect(container.textContent).toBe('clip_<U+202E>4pm.exe<U+200B><U+0007><U+000A># x');
    for (const raw of ['\u202E', '\u200B', '\u0007', '\n']) expect(container.textContent).not.toContain(raw);
    expect(screen.getByTitle('Hidden character U+202E right-to-left override')).toHaveAttribute('data-hidden-char', 'bidi');
    expect(container.querySelectorAll('.hidden-char')).toHaveLength(4);
    expect(container.firstElementChild?.tagName).toBe('BDI');
  });

  it('isolates plain text and falls back when there is none', () => {
    const { container, rerender } = render(<SafeText text="KTVU_Fox2.ts" className="name" />);
    expect(container.innerHTML).toBe('<bdi class="name">KTVU_Fox2.ts</bdi>');
    rerender(<SafeText text={null} fallback="unnamed" />);
    expect(container.textContent).toBe('unnamed');
  });
});
