import { describe, expect, it } from 'vitest';
import { explainLegacyInput } from './explain-link';

describe('explainLegacyInput', () => {
  it.each(['https://sampleplatform.ccextractor.org/test/9461', '  /test/9461  ', 'spdev.ccextractor.org/sample/77'])(
    'accepts %s',
    (input) => {
      expect(explainLegacyInput(input)).toBeNull();
    },
  );

  it('asks for a link when the box is empty', () => {
    expect(explainLegacyInput('   ')).toMatch(/^Paste a link first/);
  });

  it('asks for the scheme of a protocol-relative link', () => {
    expect(explainLegacyInput('//sampleplatform.ccextractor.org/test/1')).toMatch(
      /^This link lacks its beginning: write it with https: in front/,
    );
  });

  it.each(['hello world', '9461', 'javascript:alert(1)', 'ftp://sampleplatform.ccextractor.org/test/1'])(
    'says %s is not a link',
    (input) => {
      expect(explainLegacyInput(input)).toMatch(/^This is not a link\. Paste a sample-platform link such as https:\/\/sampleplatform/);
    },
  );

  it('names the host of a link to another site', () => {
    expect(explainLegacyInput('https://github.com/CCExtractor/ccextractor/pull/1724')).toBe(
      'This link is not on the sample platform (github.com). Only links to sampleplatform.ccextractor.org, spdev.ccextractor.org, ccextractor.canihavesome.coffee can be opened here.',
    );
    expect(explainLegacyInput('https://sampleplatform.ccextractor.org.evil.example/test/1')).toMatch(
      /\(sampleplatform\.ccextractor\.org\.evil\.example\)/,
    );
  });

  it.each(['https://sampleplatform.ccextractor.org/account/login', '/test/abc', '/test/diff/1/2', '/sample/12/extra'])(
    'says which pages exist for the unknown sample-platform page %s',
    (input) => {
      expect(explainLegacyInput(input)).toMatch(
        /^This sample-platform page has no counterpart here\. The links that can be opened are to runs \(\/test\/9461\)/,
      );
    },
  );

  it('refuses absurdly long input', () => {
    expect(explainLegacyInput(`/test/${'1'.repeat(3000)}`)).toBe('This is too long to be a sample-platform link.');
  });
});
