#!/bin/sh
# The demo's sample media (src/testing/media/): 32 seconds of ffmpeg's generated test pattern (a running clock, no
# sound, no licence to worry about) long enough for the caption fixtures' cues (2.3 s to 29.8 s), in three forms:
#   test-pattern.webm        VP8 in WebM: every browser plays it
#   test-pattern-h264.mpegts     H.264 in an MPEG transport stream: what most samples are (played through MSE)
#   test-pattern-mpeg2.mpegts    MPEG-2 video in a transport stream: no browser decodes it
# The transport streams are named .mpegts, not .ts, which TypeScript and the linters would read as source; the
# demo backend gives them the platform's .ts names (src/testing/mocks/data/sample-media.ts).
# Small on purpose (each under 150 KB): 192×108, 5 frames a second, a keyframe every 2 seconds, low quality.
# Needs ffmpeg (Debian: apt-get install -y ffmpeg). The outputs are committed; run this only to change them.
set -eu
out="$(dirname "$0")/../src/testing/media"
mkdir -p "$out"
src="testsrc=size=192x108:rate=5:duration=32"
common="-hide_banner -loglevel error -y -f lavfi -i $src -an -map_metadata -1 -fflags +bitexact"
ffmpeg $common -c:v libvpx -crf 50 -b:v 30k -g 10 -flags +bitexact "$out/test-pattern.webm"
ffmpeg $common -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 40 -g 10 -x264-params scenecut=0 -flags +bitexact \
  -f mpegts "$out/test-pattern-h264.mpegts"
ffmpeg $common -c:v mpeg2video -q:v 31 -g 10 -flags +bitexact -f mpegts "$out/test-pattern-mpeg2.mpegts"
ls -l "$out"
