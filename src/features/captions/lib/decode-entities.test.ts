import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 caf&eacute; &#233; &#xE9; &#X1F600;')).toBe('Tom & Jerry <3 café é é 😀');
  });

  it('leaves unknown names, bare ampersands and invalid code points as written', () => {
    expect(decodeEntities('R&D &bogus; &#xD800; & more')).toBe('R&D &bogus; &#xD800; & more');
  });

  it('is case-sensitive like HTML', () => {
    expect(decodeEntities('&Eacute;&eacute;&AMP;')).toBe('Éé&AMP;');
  });
});
