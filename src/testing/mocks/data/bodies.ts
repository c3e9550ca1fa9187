// The bodies of a sample and of a regression test, from what every kind of run (regular, platform-style, hostile)
// knows of them: what the API always sends (`active`, a sample's stored filename) is written here once.
import type { InputType, OutputType, RegressionTest, RegressionTestOutput, Sample } from './api-types';

export type SampleFacts = { id: number; sha: string; extension: string; name: string; tags: string[]; regressionTestCount: number };

export function toSample(sample: SampleFacts): Sample {
  return {
    sample_id: sample.id,
    sha: sample.sha,
    extension: sample.extension,
    original_name: sample.name,
    filename: `${sample.sha}.${sample.extension}`,
    tags: sample.tags,
    regression_test_count: sample.regressionTestCount,
    active: true,
  };
}

export type TestFacts = {
  id: number;
  sampleId: number;
  command: string;
  /** 'file' when absent. */
  inputType?: InputType;
  /** 'file' when absent. */
  outputType?: OutputType;
  expectedRc: number;
  categories: string[];
  description: string | null;
};

export function toRegressionTest(test: TestFacts, sampleName: string, outputs: RegressionTestOutput[]): RegressionTest {
  return {
    regression_test_id: test.id,
    sample_id: test.sampleId,
    sample_name: sampleName,
    command: test.command,
    input_type: test.inputType ?? 'file',
    output_type: test.outputType ?? 'file',
    expected_rc: test.expectedRc,
    active: true,
    categories: test.categories,
    description: test.description,
    outputs,
  };
}
