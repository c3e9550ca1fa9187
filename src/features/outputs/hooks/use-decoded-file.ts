import { useMemo } from 'react';
import type { OutputFile } from '../api/get-actual';
import { decodeOutputFile, InvalidBase64Error, type DecodedContent } from '../lib/decode-content';

export type DecodedFile = { file: OutputFile; decoded: DecodedContent } | { file: OutputFile; error: string };

/** Decodes once per response; a malformed payload becomes a message instead of a crash. */
export function useDecodedFile(file: OutputFile | undefined): DecodedFile | undefined {
  return useMemo(() => {
    if (!file) return undefined;
    try {
      return { file, decoded: decodeOutputFile(file) };
    } catch (error) {
      const why = error instanceof InvalidBase64Error ? error.message : String(error);
      return { file, error: `The API sent content the viewer cannot decode (${why}).` };
    }
  }, [file]);
}

/** The decoded text, when there is one. */
export function textOf(decoded: DecodedFile | undefined): string | undefined {
  return decoded && 'decoded' in decoded && decoded.decoded.kind === 'text' ? decoded.decoded.text : undefined;
}
