// Windows-1252 decoding that is right everywhere. Browsers follow WHATWG, but
// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 C1
// controls (so € came out as U+0080). A correct decoder only ever yields
// U+0080–U+009F for the five undefined bytes, which map to themselves below,
// so re-mapping that range fixes the broken decoder and is a no-op otherwise.

// WHATWG index-windows-1252 for bytes 0x80–0x9F.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const raw = new TextDecoder('windows-1252').decode(bytes);
  return raw.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
