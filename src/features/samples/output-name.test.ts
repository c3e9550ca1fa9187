import { expect, it } from 'vitest';
import { splitOutputName } from './output-name';

it('splits a stored output name into the sample hash and the readable suffix', () => {
  const sha = '246c07868bedd6c9a7a7bf837e06383502903efb01568ca53e59281c3e45b8d8';
  expect(splitOutputName(`${sha}.p1.svc01.srt`)).toEqual({ hash: sha, rest: '.p1.svc01.srt' });
  expect(splitOutputName(`${sha.toUpperCase()}_1.txt`)).toEqual({ hash: sha, rest: '_1.txt' });
  expect(splitOutputName('ccx_out.srt')).toEqual({ hash: null, rest: 'ccx_out.srt' });
});
