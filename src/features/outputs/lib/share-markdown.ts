// The "Copy Markdown" snippet for bug reports. Sample names, commands, branch names and filenames are data a
// contributor controls: src/lib/markdown.ts escapes them or puts them in code spans.
import { escapeMarkdown, inlineCode, oneLine } from '@/lib/markdown';

export type ShareOutcome =
  | { kind: 'differs'; added: number; removed: number }
  | { kind: 'matched' }
  | { kind: 'missing_output' }
  | { kind: 'missing_expected' }
  | { kind: 'not_in_storage' };

export interface ShareFacts {
  runId: number;
  platform?: string | null;
  prNumber?: number | null;
  branch?: string | null;
  commitSha?: string | null;
  sampleId: number;
  sampleName?: string | null;
  regressionId: number;
  command?: string | null;
  filename: string;
  exitCode?: number | null;
  expectedRc?: number | null;
}

function where(facts: ShareFacts): string {
  if (facts.prNumber != null) return `PR #${facts.prNumber}`;
  if (facts.branch) return escapeMarkdown(facts.branch);
  if (facts.commitSha) return escapeMarkdown(facts.commitSha.slice(0, 7));
  return '';
}

function outcomeText(outcome: ShareOutcome): string {
  switch (outcome.kind) {
    case 'differs':
      return `differs (+${outcome.added} −${outcome.removed})`;
    case 'matched':
      return 'matched expected';
    case 'missing_output':
      return 'is missing (the test produced no output file)';
    case 'missing_expected':
      return 'has no expected baseline';
    case 'not_in_storage':
      return 'is not in storage';
  }
}

export function shareMarkdown(facts: ShareFacts, outcome: ShareOutcome, link: string): string {
  const header = [`Run ${facts.runId}`, facts.platform ? escapeMarkdown(facts.platform) : '', where(facts)].filter(Boolean).join(' · ');
  const sample = facts.sampleName ? inlineCode(facts.sampleName) : `${facts.sampleId}`;
  const command = facts.command ? ` (${inlineCode(facts.command)})` : '';
  const exit =
    facts.exitCode != null && facts.expectedRc != null && facts.exitCode !== facts.expectedRc
      ? `; exit code ${facts.exitCode}, expected ${facts.expectedRc}`
      : '';
  const line = `**${header}** — sample ${sample}, regression ${facts.regressionId}${command}: output ${inlineCode(facts.filename)} ${outcomeText(outcome)}${exit}`;
  return `${line}\n\n${oneLine(link)}`;
}
