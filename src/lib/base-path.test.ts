import { describe, expect, it } from 'vitest';
import { APP_BASE, normalizeBase, publicAsset, routerBasepath, toAppPath, toBrowserPath } from './base-path';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['/viewer/', '/viewer/'],
    ['/viewer', '/viewer/'],
    ['/tools/viewer//', '/tools/viewer/'],
    ['', '/'],
    [undefined, '/'],
    ['./', '/'],
    ['//cdn.example/', '/'],
    ['https://cdn.example/viewer/', '/'],
  ])('%s → %s', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it('the unit tests run at the root, like `npm run build`', () => {
    expect(APP_BASE).toBe('/');
  });
});

describe('routerBasepath', () => {
  it('is the base without its trailing slash, and / at the root', () => {
    expect(routerBasepath('/')).toBe('/');
    expect(routerBasepath('/viewer/')).toBe('/viewer');
    expect(routerBasepath('/tools/viewer/')).toBe('/tools/viewer');
  });
});

describe('toAppPath', () => {
  it.each([
    ['/viewer/', '/'],
    ['/viewer', '/'],
    ['/viewer?next=%2Fruns%2F1', '/?next=%2Fruns%2F1'],
    ['/viewer/runs/1', '/runs/1'],
    ['/viewer/signin?next=%2Fruns%2F1%3Fview%3Dunified%23R6', '/signin?next=%2Fruns%2F1%3Fview%3Dunified%23R6'],
    ['/viewer/runs/1/samples/1/regressions/1/outputs/1?view=unified#R6', '/runs/1/samples/1/regressions/1/outputs/1?view=unified#R6'],
    ['/viewer#R6', '/#R6'],
    // The router matches the base without regard to case: so does this.
    ['/Viewer/runs/1', '/runs/1'],
    // Outside the base: left alone (the router shows "not found"), never cut into another path.
    ['/viewers/runs/1', '/viewers/runs/1'],
    ['/api/v1/runs', '/api/v1/runs'],
    ['/runs/1?x=/viewer/', '/runs/1?x=/viewer/'],
  ])('under /viewer/: %s → %s', (browserPath, expected) => {
    expect(toAppPath(browserPath, '/viewer/')).toBe(expected);
  });

  it('at the root, every path is the app path', () => {
    expect(toAppPath('/viewer/runs/1?x#y', '/')).toBe('/viewer/runs/1?x#y');
    expect(toAppPath('/signin', '/')).toBe('/signin');
  });
});

describe('toBrowserPath', () => {
  it.each([
    ['/', '/viewer/'],
    ['/runs/1', '/viewer/runs/1'],
    ['/runs/1?view=unified#R6', '/viewer/runs/1?view=unified#R6'],
    ['/?status=fail', '/viewer/?status=fail'],
  ])('under /viewer/: %s → %s', (appPath, expected) => {
    expect(toBrowserPath(appPath, '/viewer/')).toBe(expected);
    expect(toAppPath(expected, '/viewer/')).toBe(appPath);
  });

  it('at the root, every app path is the browser path', () => {
    expect(toBrowserPath('/runs/1', '/')).toBe('/runs/1');
  });
});

describe('publicAsset', () => {
  it('puts a file of public/ under the base', () => {
    expect(publicAsset('favicon.svg', '/')).toBe('/favicon.svg');
    expect(publicAsset('/favicon.svg', '/viewer/')).toBe('/viewer/favicon.svg');
  });
});
