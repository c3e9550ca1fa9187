import './run-activity.css';
import { MalformedItems } from '@/components/malformed-items';
import { QueryState } from '@/components/query-state';
import { SafeText } from '@/components/safe-text';
import { useRunArtifacts, type Artifact } from '../api/get-run-artifacts';
import { artifactWord, safeHttpUrl, sizeWords, storageWord } from '../lib/words';
import { ActivitySection } from './activity-section';

/** The run's own files first (build log, binary, core dump); the outputs are on their own screens. */
const RUN_FILES = new Set(['build_log', 'binary', 'coredump', 'combined_stdout', 'media_info']);

/** "Artifacts": the run's build log, binary and core dump with their storage state, linked when the platform has a URL. */
export function RunArtifacts({ runId }: { runId: number }) {
  return <ActivitySection title="Artifacts">{() => <ArtifactList runId={runId} />}</ActivitySection>;
}

function ArtifactList({ runId }: { runId: number }) {
  const artifacts = useRunArtifacts(runId);
  return (
    <QueryState query={artifacts} what="the run's artifacts">
      {(page) => {
        const own = page.data.filter((a) => RUN_FILES.has(a.type) || a.sample_id === null);
        const outputs = page.data.length - own.length;
        return own.length === 0 && page.malformed.length === 0 ? (
          <p className="empty">The platform lists no build log, binary or core dump for this run.</p>
        ) : (
          <>
            <ul className="artifact-list">
              {own.map((artifact) => (
                <li key={String(artifact.artifact_id)}>
                  <ArtifactRow artifact={artifact} />
                </li>
              ))}
            </ul>
            <MalformedItems items={page.malformed} noun="artifact" />
            {outputs > 0 && (
              <p className="muted">
                And {outputs.toLocaleString('en')} output file{outputs === 1 ? '' : 's'} (expected and actual), on their own screens.
              </p>
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function ArtifactRow({ artifact }: { artifact: Artifact }) {
  const url = artifact.storage_status === 'missing' ? null : safeHttpUrl(artifact.download_url);
  const tone = artifact.storage_status === 'ok' ? 'pass' : artifact.storage_status === 'missing' ? 'fail' : 'warn';
  return (
    <div className="artifact-row">
      <span className="artifact-row__type">{artifactWord(artifact.type)}</span>
      <code className="artifact-row__name">
        <SafeText text={artifact.filename} />
      </code>
      <span className="muted">{sizeWords(artifact.size_bytes)}</span>
      <span className={`badge badge--${tone}`}>Storage: {storageWord(artifact.storage_status)}</span>
      {url ? (
        <a className="button" href={url} rel="noopener noreferrer" target="_blank" download>
          Download<span className="sr-only"> {artifactWord(artifact.type).toLowerCase()}</span>
        </a>
      ) : (
        <span className="muted">
          {artifact.storage_status === 'missing'
            ? 'Not stored: nothing to download'
            : 'No download link: only the platform’s own disk has it'}
        </span>
      )}
    </div>
  );
}
