// A parsed old link as the same path on this viewer (which redirects from it), and in words.
import type { LegacyLink } from './parse-legacy-link';

/** The old link's path, canonical: opening it on this app resolves it (src/app/routes/legacy-route.tsx). */
export function legacyPath(link: LegacyLink): string {
  switch (link.kind) {
    case 'run':
      return `/test/${link.runId}`;
    case 'output':
      return `/test/diff/${link.runId}/${link.regressionTestId}/${link.outputId}`;
    case 'commit':
      return `/test/commit/${link.sha}`;
    case 'master':
      return `/test/master/${link.platform}`;
    case 'version':
      return `/test/ccextractor/${link.version}`;
    case 'sample':
      return `/sample/${link.sampleId}`;
    case 'sample-sha':
      return `/sample/${link.sha}`;
    case 'regression':
      return `/regression/test/${link.regressionTestId}/view`;
  }
}

export const shortSha = (sha: string) => sha.slice(0, 10);

/** What the old page showed, e.g. "the latest master run on windows". */
export function describeLegacyLink(link: LegacyLink): string {
  switch (link.kind) {
    case 'run':
      return `run ${link.runId}`;
    case 'output':
      return `output ${link.outputId} of regression test ${link.regressionTestId} in run ${link.runId}`;
    case 'commit':
      return `the runs of commit ${shortSha(link.sha)}`;
    case 'master':
      return `the latest master run on ${link.platform}`;
    case 'version':
      return `the runs of CCExtractor ${link.version}`;
    case 'sample':
      return `sample ${link.sampleId}`;
    case 'sample-sha':
      return `the sample with SHA-256 ${shortSha(link.sha)}…`;
    case 'regression':
      return `regression test ${link.regressionTestId}`;
  }
}
