// The benchmark's naive baseline (built only by `npm run bench`): one <ReactDiffViewer oldValue newValue splitView>
// of the two whole files, as a viewer without windows, virtualization or a worker would render them.
// ?api=<mock API base>&run=&sample=&regression=&output= name what to load; the bench puts the demo token in
// localStorage ("bench-token"), never in the URL.
import { createRoot } from 'react-dom/client';
import ReactDiffViewer from 'react-diff-viewer-continued';

const params = new URLSearchParams(location.search);
const base = params.get('api') ?? '';
const token = localStorage.getItem('bench-token') ?? '';
const [run, sample, regression, output] = ['run', 'sample', 'regression', 'output'].map((name) => params.get(name) ?? '');

async function text(side: 'expected' | 'actual'): Promise<string> {
  const url = `${base}/runs/${run}/samples/${sample}/${side}?regression_id=${regression}&output_id=${output}&format=text`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { content: string };
  return body.content;
}

const [oldValue, newValue] = await Promise.all([text('expected'), text('actual')]);
const root = document.getElementById('root');
if (root) createRoot(root).render(<ReactDiffViewer oldValue={oldValue} newValue={newValue} splitView />);
