// Samples, regression tests and their outputs: the platform's fixed test suite, built on first use.
// Ids: samples from 1, regression tests from 201 (category by category), outputs from 1001.
import type { InputType, OutputType } from './api-types';
import type { CaptionFormat, CaptionStyle, Mutation } from './captions';
import { CAPTION_SCENARIO_TESTS, fixtureExtension } from './caption-scenarios';
import { CATEGORIES, type CommandSpec } from './catalog-tables';
import { lazy, rng } from './prng';
import {
  SCENARIO_TESTS,
  type CaptionContent,
  type ContentSpec,
  type ScenarioName,
  type ScenarioOutput,
  type ScenarioTest,
} from './scenario-tests';

export type SampleDef = {
  id: number;
  sha: string;
  extension: string;
  originalName: string;
  tags: string[];
  testIds: number[];
};

export type OutputDef = {
  id: number;
  testId: number;
  sampleId: number;
  suffix: string;
  extension: string;
  ignore: boolean;
  content: ContentSpec;
  /** Whether an approved expected file exists. */
  hasBaseline: boolean;
  /** The main run's behaviour, for outputs of scenario tests. */
  scenario?: ScenarioOutput;
  variants: { id: number; mutations: Mutation[] }[];
};

export type TestDef = {
  id: number;
  sampleId: number;
  command: string;
  inputType: InputType;
  outputType: OutputType;
  expectedRc: number;
  categories: string[];
  description: string | null;
  outputs: OutputDef[];
  scenario?: ScenarioTest;
};

export type Catalog = {
  samples: SampleDef[];
  tests: TestDef[];
  sample: (id: number) => SampleDef | undefined;
  test: (id: number) => TestDef | undefined;
  output: (id: number) => OutputDef | undefined;
  scenarioTest: (name: ScenarioName) => TestDef;
};

const EXTENSIONS: Record<CaptionFormat | 'raw', string> = {
  srt: '.srt',
  vtt: '.vtt',
  ttxt: '.txt',
  xml: '.xml',
  json: '.json',
  raw: '.bin',
};

function defaultContent(format: CaptionFormat, command: string, style: CaptionStyle, cues: number, spec?: CommandSpec): CaptionContent {
  return {
    kind: 'captions',
    format,
    style,
    cues,
    // CCExtractor ends lines with CRLF unless given -lf; the XML and JSON writers use LF.
    eol: / -lf\b/.test(` ${command}`) || format === 'xml' || format === 'json' ? '\n' : '\r\n',
    mode: spec?.mode,
    xds: spec?.xds,
  };
}

export const getCatalog = lazy((): Catalog => {
  const samples: SampleDef[] = [];
  const tests: TestDef[] = [];
  const sampleByName = new Map<string, SampleDef>();
  let nextTest = 201;
  let nextOutput = 1001;
  let nextVariant = 5001;

  const sampleFor = (name: string, tags: string[]): SampleDef => {
    let sample = sampleByName.get(name);
    if (!sample) {
      sample = {
        id: samples.length + 1,
        sha: rng(`sample ${name}`).hex(64),
        extension: name.slice(name.lastIndexOf('.') + 1).toLowerCase(),
        originalName: name,
        tags,
        testIds: [],
      };
      samples.push(sample);
      sampleByName.set(name, sample);
    }
    return sample;
  };

  const addTest = (
    sample: SampleDef,
    init: Omit<TestDef, 'id' | 'sampleId' | 'outputs'>,
    outputs: Omit<OutputDef, 'id' | 'testId' | 'sampleId'>[],
  ) => {
    const id = nextTest++;
    const test: TestDef = {
      ...init,
      id,
      sampleId: sample.id,
      outputs: outputs.map((output) => ({ ...output, id: nextOutput++, testId: id, sampleId: sample.id })),
    };
    sample.testIds.push(id);
    tests.push(test);
  };

  for (const category of CATEGORIES) {
    const r = rng(`catalog ${category.name}`);
    const tagsOf = (name: string) => category.samples.find((s) => s.name === name)?.tags ?? [];
    const scenarioTests = SCENARIO_TESTS.filter((t) => t.category === category.name);

    for (const scenario of scenarioTests) {
      const sample = sampleFor(scenario.sample, tagsOf(scenario.sample));
      const style = scenario.style ?? 'news';
      addTest(
        sample,
        {
          command: scenario.command,
          inputType: 'file',
          outputType: scenario.outputType ?? 'file',
          expectedRc: scenario.expectedRc ?? 0,
          categories: [category.name],
          description: scenario.description ?? null,
          scenario,
        },
        scenario.outputs.map((output) => {
          const base: ContentSpec =
            scenario.format === 'raw' ? { kind: 'raw' } : defaultContent(scenario.format, scenario.command, style, r.int(40, 110));
          const override = output.content;
          const content: ContentSpec =
            override && 'kind' in override && (override.kind === 'raw' || override.kind === 'capped')
              ? { kind: override.kind }
              : ({ ...base, ...override } as ContentSpec);
          return {
            suffix: output.suffix,
            extension: EXTENSIONS[content.kind === 'captions' ? content.format : content.kind === 'raw' ? 'raw' : 'ttxt'],
            ignore: output.ignore ?? false,
            content:
              content.kind === 'captions'
                ? { ...content, mode: content.mode, xds: content.xds ?? scenario.command.includes('xds') }
                : content,
            hasBaseline: output.state !== 'missing_expected',
            scenario: output,
            variants: (output.variants ?? []).map((mutations) => ({ id: nextVariant++, mutations })),
          };
        }),
      );
    }

    for (const scenario of scenarioTests) {
      for (const more of scenario.moreTests ?? []) {
        addTest(
          sampleFor(scenario.sample, tagsOf(scenario.sample)),
          { command: more.command, inputType: 'file', outputType: 'file', expectedRc: 0, categories: [category.name], description: null },
          [
            {
              suffix: '',
              extension: EXTENSIONS[more.format],
              ignore: false,
              content: defaultContent(more.format, more.command, 'news', r.int(40, 110)),
              hasBaseline: true,
              variants: [],
            },
          ],
        );
      }
    }

    // The remaining results of the category spread over its samples, one command per sample at most once.
    const generic = category.results - scenarioTests.reduce((n, t) => n + 1 + (t.moreTests?.length ?? 0), 0);
    const used = new Map<string, Set<string>>();
    const order = r.shuffle(category.samples);
    const unused = category.samples.filter((s) => !sampleByName.has(s.name));
    for (let g = 0, cursor = 0; g < generic; g++) {
      let pick = unused.shift();
      let spec: CommandSpec | undefined;
      for (let tries = 0; !spec && tries < order.length * 2; tries++) {
        pick ??= order[cursor++ % order.length];
        if (!pick) break;
        const taken = used.get(pick.name) ?? new Set<string>();
        const start = r.int(0, category.commands.length - 1);
        for (let k = 0; k < category.commands.length && !spec; k++) {
          const candidate = category.commands[(start + k) % category.commands.length] as CommandSpec;
          const existing = sampleByName.get(pick.name);
          const clash = existing && tests.some((t) => t.sampleId === existing.id && t.command === candidate.command);
          if (!taken.has(candidate.command) && !clash) spec = candidate;
        }
        if (!spec) pick = undefined;
      }
      if (!pick || !spec) throw new Error(`catalog: no command left for ${category.name}`);
      used.set(pick.name, (used.get(pick.name) ?? new Set()).add(spec.command));
      const sample = sampleFor(pick.name, pick.tags);
      const format = spec.format;
      const suffixes = format === 'none' ? [] : (spec.suffixes ?? ['']);
      addTest(
        sample,
        {
          command: spec.command,
          inputType: spec.inputType ?? 'file',
          outputType: spec.outputType ?? 'file',
          expectedRc: spec.expectedRc ?? 0,
          categories: [category.name],
          description: null,
        },
        suffixes.map((suffix) => {
          const content: ContentSpec =
            format === 'raw' || format === 'none'
              ? { kind: 'raw' }
              : defaultContent(format, spec.command, spec.style ?? 'news', r.int(40, 110), spec);
          return {
            suffix,
            extension: EXTENSIONS[format === 'none' ? 'raw' : format],
            ignore: false,
            content,
            hasBaseline: true,
            variants: [],
          };
        }),
      );
    }
  }

  // After every category, so their ids come after all the others.
  for (const caption of CAPTION_SCENARIO_TESTS) {
    const scenario: ScenarioTest = {
      scenario: caption.scenario,
      category: caption.category,
      sample: caption.sample,
      command: caption.command,
      format: 'srt',
      outputs: [{ suffix: '', state: 'fail' }],
      description: caption.description,
    };
    addTest(
      sampleFor(caption.sample, ['captions']),
      {
        command: caption.command,
        inputType: 'file',
        outputType: 'file',
        expectedRc: 0,
        categories: [caption.category],
        description: caption.description,
        scenario,
      },
      [
        {
          suffix: '',
          extension: fixtureExtension(caption.fixture),
          ignore: false,
          content: { kind: 'fixture', fixture: caption.fixture },
          hasBaseline: true,
          scenario: scenario.outputs[0],
          variants: [],
        },
      ],
    );
  }

  const sampleIndex = new Map(samples.map((s) => [s.id, s]));
  const testIndex = new Map(tests.map((t) => [t.id, t]));
  const outputIndex = new Map(tests.flatMap((t) => t.outputs.map((o) => [o.id, o] as const)));
  return {
    samples,
    tests,
    sample: (id) => sampleIndex.get(id),
    test: (id) => testIndex.get(id),
    output: (id) => outputIndex.get(id),
    scenarioTest: (name) => {
      const test = tests.find((t) => t.scenario?.scenario === name);
      if (!test) throw new Error(`no scenario test ${name}`);
      return test;
    },
  };
});

/** The stored name of an output file: the sample's hash, the output's suffix and its extension. */
export function outputFilename(output: OutputDef): string {
  const sample = getCatalog().sample(output.sampleId);
  return `${sample?.sha ?? ''}${output.suffix}${output.extension}`;
}
