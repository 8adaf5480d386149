/**
 * Guard throughput: the generated isChatCompletionResponse against Ajv's
 * compiled validator for the equivalent JSON Schema, an equivalent zod
 * schema, and a hand-written check, on one batch of valid and invalid
 * responses. Before anything is timed, every contender must give the
 * verdict each value was made to have; a disagreement stops the benchmark.
 */
import { Ajv } from "ajv";
import { isChatCompletionResponse } from "generated";
import { Bench } from "tinybench";
import { chatCompletionResponseSchema, chatCompletionResponseZod, handWrittenCheck } from "./equivalents.js";
import { chatCompletionResponses } from "./responses.js";

export interface GuardRow {
  name: string;
  /** Median time to check the whole batch, in milliseconds. */
  medianMs: number;
  /** Values checked per second, from the median. */
  perSecond: number;
  /** Spread of the batch times: median absolute deviation ÷ median. */
  spread: number;
  /** Fastest and slowest batch, in milliseconds. */
  minMs: number;
  maxMs: number;
  samples: number;
}

export interface GuardReport {
  values: number;
  valid: number;
  /** mdspec's guard first. */
  rows: GuardRow[];
}

export interface GuardOptions {
  /** How many responses to check per batch. */
  count?: number;
  /** Time budget per contender, in milliseconds (tinybench runs at least `iterations` batches). */
  timeMs?: number;
  iterations?: number;
}

export async function benchGuards({ count = 100_000, timeMs = 3_000, iterations = 32 }: GuardOptions = {}): Promise<GuardReport> {
  const { values, valid } = chatCompletionResponses(count);
  const ajv = new Ajv({ allErrors: false, allowUnionTypes: true });
  const ajvCheck = ajv.compile(chatCompletionResponseSchema);
  const contenders: Array<[string, (value: unknown) => boolean]> = [
    ["mdspec guard", isChatCompletionResponse],
    ["Ajv (compiled JSON Schema)", (value) => ajvCheck(value)],
    ["zod", (value) => chatCompletionResponseZod.safeParse(value).success],
    ["hand-written", handWrittenCheck],
  ];

  // Agreement first: each contender against the verdict every value was made to have.
  const problems: string[] = [];
  for (const [name, check] of contenders) {
    const wrong: number[] = [];
    for (let i = 0; i < values.length; i++) if (check(values[i]) !== valid[i]) wrong.push(i);
    if (wrong.length > 0) {
      const first = wrong[0]!;
      problems.push(
        `${name} gives the wrong verdict on ${wrong.length} of ${values.length} values; the first, #${first}, ` +
          `should be ${valid[first] ? "accepted" : "refused"}: ${JSON.stringify(values[first]).slice(0, 400)}`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`the contenders do not agree, so their times would not compare:\n  ${problems.join("\n  ")}`);

  const bench = new Bench({ time: timeMs, iterations, warmup: true, warmupTime: 500, throws: true });
  let sink = 0;
  for (const [name, check] of contenders) {
    bench.add(name, () => {
      let accepted = 0;
      for (let i = 0; i < values.length; i++) if (check(values[i])) accepted++;
      sink += accepted;
    });
  }
  await bench.run();
  if (sink < 0) console.log(sink); // keeps the loop's result alive

  const rows = bench.tasks.map((task): GuardRow => {
    const result = task.result;
    if (!("latency" in result)) throw new Error(`${task.name} did not finish: ${result.state}`);
    const { p50, mad, min, max, samplesCount } = result.latency;
    return {
      name: task.name,
      medianMs: p50,
      perSecond: values.length / (p50 / 1000),
      spread: mad / p50,
      minMs: min,
      maxMs: max,
      samples: samplesCount,
    };
  });
  return { values: values.length, valid: valid.filter(Boolean).length, rows };
}
