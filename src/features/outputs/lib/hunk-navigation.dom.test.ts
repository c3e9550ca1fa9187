import { afterEach, describe, expect, it } from 'vitest';
import { adjacentHunk, goToHunk } from './hunk-navigation';

/** Three hunks whose tops sit at the given viewport positions. */
function page(tops: number[]) {
  document.body.innerHTML = tops.map((_, i) => `<section data-hunk tabindex="-1" aria-label="Hunk ${i + 1}"></section>`).join('');
  const sections = [...document.querySelectorAll<HTMLElement>('[data-hunk]')];
  sections.forEach((section, i) => {
    section.getBoundingClientRect = () => ({ top: tops[i] ?? 0 }) as DOMRect;
    section.scrollIntoView = () => {};
  });
  return sections;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('adjacentHunk', () => {
  it('goes from the focused hunk to its neighbours, and nowhere past the ends', () => {
    const [first, second, third] = page([0, 0, 0]);
    second?.focus();
    expect(adjacentHunk(1)).toBe(third);
    expect(adjacentHunk(-1)).toBe(first);
    third?.focus();
    expect(adjacentHunk(1)).toBeNull();
    first?.focus();
    expect(adjacentHunk(-1)).toBeNull();
  });

  it('without a focused hunk, goes by the reading position at the top of the viewport', () => {
    const [, second, third] = page([-900, -100, 400]);
    expect(adjacentHunk(1)).toBe(third);
    expect(adjacentHunk(-1)).toBe(second);
    page([300, 800, 1600]);
    expect(adjacentHunk(-1)).toBeNull();
    expect(adjacentHunk(1)?.getAttribute('aria-label')).toBe('Hunk 1');
  });
});

describe('goToHunk', () => {
  it('focuses the hunk it goes to, and says when there is none', () => {
    const [first] = page([50]);
    expect(goToHunk(1)).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(goToHunk(1)).toBe(false);
    expect(document.activeElement).toBe(first);
  });
});
