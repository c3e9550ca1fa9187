// What the browser can do with a sample's media file, said honestly before a black box appears. Samples are mostly
// MPEG transport streams with H.264 or MPEG-2 video, plus .mp4, .mkv, .mpg and .wtv. A browser plays WebM and MP4
// itself, H.264 in a transport stream only through Media Source Extensions (remuxed by mpegts.js), and never
// MPEG-2 video, program streams or Windows TV recordings.
import { fileExtension } from './detect-format';

export type Container = 'webm' | 'mp4' | 'matroska' | 'mpegts' | 'program-stream' | 'wtv' | 'other';

const BY_EXTENSION: Readonly<Record<string, Container>> = {
  webm: 'webm',
  mp4: 'mp4',
  m4v: 'mp4',
  mov: 'mp4',
  mkv: 'matroska',
  ts: 'mpegts',
  m2ts: 'mpegts',
  mts: 'mpegts',
  trp: 'mpegts',
  tp: 'mpegts',
  mpg: 'program-stream',
  mpeg: 'program-stream',
  vob: 'program-stream',
  m2p: 'program-stream',
  wtv: 'wtv',
};

export function containerOf(filename: string): Container {
  return BY_EXTENSION[fileExtension(filename)] ?? 'other';
}

export type VideoCodec = 'h264' | 'hevc' | 'mpeg2' | 'mpeg1' | 'other' | 'none';

/** What the start of a transport stream says: its first video stream's codec, from the program map. */
export type TsProbe = { codec: VideoCodec; streamType: number | null };

// ISO/IEC 13818-1 stream_type values of video.
const VIDEO_STREAM_TYPES: Readonly<Record<number, VideoCodec>> = {
  0x01: 'mpeg1',
  0x02: 'mpeg2',
  0x10: 'other', // MPEG-4 part 2
  0x1b: 'h264',
  0x24: 'hevc',
  0x42: 'other', // AVS
  0xea: 'other', // VC-1
};

/** Packets of 188 bytes, or 192 in a Blu-ray style .m2ts (a 4-byte time code first); where the first one starts. */
function findSync(bytes: Uint8Array): { start: number; size: number } | null {
  for (const size of [188, 192]) {
    const lead = size - 188;
    for (let i = lead; i < Math.min(bytes.length, size * 2); i++) {
      if (bytes[i] === 0x47 && bytes[i + size] === 0x47 && bytes[i + 2 * size] === 0x47) return { start: i, size };
    }
  }
  return null;
}

/** The section a packet starts (payload_unit_start, after the pointer field), or null. */
function sectionOf(bytes: Uint8Array, at: number): Uint8Array | null {
  const b1 = bytes[at + 1] ?? 0;
  if (!(b1 & 0x40)) return null;
  const adaptation = ((bytes[at + 3] ?? 0) >> 4) & 0x3;
  let p = at + 4;
  if (adaptation === 2) return null;
  if (adaptation === 3) p += 1 + (bytes[p] ?? 0);
  p += 1 + (bytes[p] ?? 0);
  const end = at + 188;
  return p < end ? bytes.subarray(p, end) : null;
}

/** The program map PIDs of a PAT section. */
function patPrograms(section: Uint8Array): number[] {
  if (section[0] !== 0x00) return [];
  const length = (((section[1] ?? 0) & 0x0f) << 8) | (section[2] ?? 0);
  const pids: number[] = [];
  // After the 8-byte header, 4 bytes per program, before the 4-byte CRC.
  for (let i = 8; i + 4 <= Math.min(section.length, 3 + length - 4); i += 4) {
    const program = ((section[i] ?? 0) << 8) | (section[i + 1] ?? 0);
    const pid = (((section[i + 2] ?? 0) & 0x1f) << 8) | (section[i + 3] ?? 0);
    if (program !== 0) pids.push(pid);
  }
  return pids;
}

/** The stream types of a PMT section, in order. */
function pmtStreamTypes(section: Uint8Array): number[] {
  if (section[0] !== 0x02) return [];
  const length = (((section[1] ?? 0) & 0x0f) << 8) | (section[2] ?? 0);
  const infoLength = (((section[10] ?? 0) & 0x0f) << 8) | (section[11] ?? 0);
  const end = Math.min(section.length, 3 + length - 4);
  const types: number[] = [];
  for (let i = 12 + infoLength; i + 5 <= end;) {
    types.push(section[i] ?? 0);
    const esInfo = (((section[i + 3] ?? 0) & 0x0f) << 8) | (section[i + 4] ?? 0);
    i += 5 + esInfo;
  }
  return types;
}

/**
 * Reads the program tables at the start of a transport stream (the first few hundred KB are plenty): the first
 * program's video codec. Null when the bytes are no transport stream.
 */
export function probeTransportStream(bytes: Uint8Array): TsProbe | null {
  const sync = findSync(bytes);
  if (!sync) return null;
  const { size } = sync;
  let programPids: number[] | null = null;
  for (let at = sync.start; at + 188 <= bytes.length; at += size) {
    if (bytes[at] !== 0x47) continue;
    const pid = (((bytes[at + 1] ?? 0) & 0x1f) << 8) | (bytes[at + 2] ?? 0);
    if (pid === 0 && !programPids) {
      const section = sectionOf(bytes, at);
      if (section) programPids = patPrograms(section);
    } else if (programPids?.includes(pid)) {
      const section = sectionOf(bytes, at);
      if (!section) continue;
      const types = pmtStreamTypes(section);
      if (types.length === 0) continue;
      const video = types.find((type) => type in VIDEO_STREAM_TYPES);
      return video === undefined ? { codec: 'none', streamType: null } : { codec: VIDEO_STREAM_TYPES[video] ?? 'other', streamType: video };
    }
  }
  return { codec: 'none', streamType: null };
}

/** What this browser offers: answers of canPlayType and MediaSource.isTypeSupported. */
export type BrowserMedia = { canPlay: (type: string) => boolean; mseSupports: (type: string) => boolean };

export function browserMedia(): BrowserMedia {
  const video = document.createElement('video');
  return {
    canPlay: (type) => video.canPlayType(type) !== '',
    mseSupports: (type) => typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported(type),
  };
}

/** How to play a sample: the <video> element itself, MSE through mpegts.js, or not at all, with the reason in words. */
export type PlayPlan = { kind: 'native' } | { kind: 'mpegts' } | { kind: 'cannot'; reason: string };

// The fragmented MP4 types mpegts.js feeds to MSE.
const MSE_H264 = 'video/mp4; codecs="avc1.42E01E"';
const MSE_HEVC = 'video/mp4; codecs="hvc1.1.6.L93.B0"';

/**
 * The plan for a file, before trying it. `probe` is what the transport stream's start said (undefined when it
 * could not be read: then mpegts.js tries, and its failure is the reason).
 */
export function playPlan(container: Container, probe: TsProbe | null | undefined, media: BrowserMedia): PlayPlan {
  switch (container) {
    case 'webm':
      return media.canPlay('video/webm') ? { kind: 'native' } : { kind: 'cannot', reason: 'it does not play WebM files' };
    case 'mp4':
      return media.canPlay('video/mp4') ? { kind: 'native' } : { kind: 'cannot', reason: 'it does not play MP4 files' };
    case 'matroska':
    case 'other':
      // No reliable answer from canPlayType: the <video> element tries, and says why it failed.
      return { kind: 'native' };
    case 'program-stream':
      return { kind: 'cannot', reason: 'the sample is an MPEG program stream, which browsers do not play' };
    case 'wtv':
      return { kind: 'cannot', reason: 'the sample is a Windows TV recording (.wtv), which browsers do not play' };
    case 'mpegts': {
      if (probe === null) return { kind: 'cannot', reason: 'the file does not start like an MPEG transport stream' };
      const codec = probe?.codec;
      if (codec === 'mpeg2' || codec === 'mpeg1')
        return { kind: 'cannot', reason: `its video is ${codec === 'mpeg2' ? 'MPEG-2' : 'MPEG-1'}, which browsers do not decode` };
      if (codec === 'none') return { kind: 'cannot', reason: 'no video stream was found in its program map' };
      if (codec === 'other')
        return {
          kind: 'cannot',
          reason: `its video (stream type 0x${(probe?.streamType ?? 0).toString(16)}) is one browsers do not decode`,
        };
      const mse = codec === 'hevc' ? MSE_HEVC : MSE_H264;
      if (!media.mseSupports(mse))
        return { kind: 'cannot', reason: `it cannot decode ${codec === 'hevc' ? 'H.265' : 'H.264'} video through Media Source Extensions` };
      return { kind: 'mpegts' };
    }
  }
}

/** The first `length` bytes of a URL with a range request, never more even when the server ignores the range. */
export async function readHead(url: string, length: number, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Range: `bytes=0-${length - 1}` }, signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer()).subarray(0, length);
  const out = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = value.subarray(0, length - filled);
    out.set(part, filled);
    filled += part.length;
  }
  // A server that ignored the range is sending the whole sample: stop it.
  void reader.cancel().catch(() => undefined);
  return out.subarray(0, filled);
}

/** Why a <video> element gave up, in words (MediaError codes). */
export function mediaErrorReason(error: MediaError | null): string {
  switch (error?.code) {
    case 1:
      return 'loading was stopped';
    case 2:
      return 'a network error interrupted the download';
    case 3:
      return 'its video could not be decoded';
    case 4:
      return 'its format or codec is not one it supports';
    default:
      return error?.message || 'it gave no reason';
  }
}
