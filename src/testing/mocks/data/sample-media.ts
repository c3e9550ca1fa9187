// The demo's sample media: which samples `GET /samples/{id}/download` offers a file for, and which file. The files
// are a few seconds of generated test pattern (scripts/make-demo-media.sh), long enough for the caption fixtures'
// cues (2.3 s to 29.8 s), standing in for gigabytes of broadcast recordings. Every other sample answers as the
// platform's own server does without a cloud copy: download_url null, storage_status degraded.

/** A file of src/testing/media and the extension the platform would store it under. */
export type MediaFile = { file: string; extension: string; contentType: string };

export const MEDIA_FILES = {
  webm: { file: 'test-pattern.webm', extension: '.webm', contentType: 'video/webm' },
  h264: { file: 'test-pattern-h264.mpegts', extension: '.ts', contentType: 'video/mp2t' },
  mpeg2: { file: 'test-pattern-mpeg2.mpegts', extension: '.ts', contentType: 'video/mp2t' },
} as const satisfies Record<string, MediaFile>;

/** Sample id → its media, for the caption scenarios' samples (scenarios.ts: captionShift … captionAss). */
export const SAMPLE_MEDIA: Readonly<Record<number, MediaFile>> = {
  // captionShift, captionShiftVtt: every cue late or early; WebM plays in every browser.
  140: MEDIA_FILES.webm,
  // captionTextChanged, captionFormatting, captionWhitespace: H.264 in a transport stream, as most samples are.
  142: MEDIA_FILES.h264,
  // captionEncoding, captionAss: MPEG-2 video, which no browser decodes.
  143: MEDIA_FILES.mpeg2,
  // captionMissing, captionExtra, captionMixed.
  144: MEDIA_FILES.webm,
};

/** Where the file is served: under `mediaBaseUrl` (the HTTP mock's storage server), else bundled beside the demo. */
export function mediaUrl(media: MediaFile, mediaBaseUrl: string | undefined): string {
  if (mediaBaseUrl) return `${mediaBaseUrl.replace(/\/+$/, '')}/${media.file}`;
  // A static file of the demo build (Vite copies it into assets/), served with range requests by any static server.
  return new URL(`../../media/${media.file}`, import.meta.url).href;
}
