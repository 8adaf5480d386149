/**
 * A batch of chat-completion-like responses, as `JSON.parse` hands them out:
 * most valid, the rest broken in exactly one place each — a missing key, a
 * wrong type, a bad enum value, a fault deep in the last choice or in the
 * usage details. Seeded, so every run checks the same values. Each value
 * comes with whether it was made valid, so the checks can be held to it.
 */
import { random } from "../../scripts/synth-corpus.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface Responses {
  values: unknown[];
  /** Whether each value was left valid (no fault applied). */
  valid: boolean[];
}

const lastChoice = (r: JsonObject): JsonObject | undefined =>
  Array.isArray(r.choices) ? (r.choices.at(-1) as JsonObject | undefined) : undefined;
const lastMessage = (r: JsonObject): JsonObject | undefined => lastChoice(r)?.message as JsonObject | undefined;

/** Ways to break a valid response in one place; each returns false if the response has no such place. */
const faults: Array<(response: JsonObject) => boolean> = [
  // At the top.
  (r) => delete r.id,
  (r) => ((r.created = 1.5), true),
  (r) => ((r.model = 42), true),
  (r) => ((r.choices = {}), true),
  (r) => "system_fingerprint" in r && ((r.system_fingerprint = 0), true),
  // In the last choice: the guard must walk every choice before it.
  (r) => {
    const choice = lastChoice(r);
    return choice !== undefined && ((choice.index = "0"), true);
  },
  (r) => {
    const choice = lastChoice(r);
    return choice !== undefined && ((choice.finish_reason = 1), true);
  },
  (r) => {
    const choice = lastChoice(r);
    return choice !== undefined && ((choice.logprobs = []), true);
  },
  (r) => {
    const message = lastMessage(r);
    return message !== undefined && ((message.role = "robot"), true);
  },
  (r) => {
    const message = lastMessage(r);
    return message !== undefined && delete message.content;
  },
  (r) => {
    const message = lastMessage(r);
    return message !== undefined && ((message.content = 42), true);
  },
  (r) => {
    const message = lastMessage(r);
    return message !== undefined && "refusal" in message && ((message.refusal = false), true);
  },
  // Deepest: in a tool call, a content part, the usage details.
  (r) => {
    const calls = lastMessage(r)?.tool_calls;
    return Array.isArray(calls) && calls.length > 0 && (((calls.at(-1) as JsonObject).type = "call"), true);
  },
  (r) => {
    const calls = lastMessage(r)?.tool_calls;
    const call = Array.isArray(calls) ? (calls.at(-1) as JsonObject | undefined) : undefined;
    return call !== undefined && (((call.function as JsonObject).arguments = { city: "Paris" }), true);
  },
  (r) => {
    const parts = lastMessage(r)?.content;
    return Array.isArray(parts) && parts.length > 0 && (((parts.at(-1) as JsonObject).text = null), true);
  },
  (r) => {
    const usage = r.usage;
    return typeof usage === "object" && usage !== null && !Array.isArray(usage) && ((usage.total_tokens = -0.5), true);
  },
  (r) => {
    const details = (r.usage as JsonObject | null | undefined)?.prompt_tokens_details;
    return typeof details === "object" && details !== null && !Array.isArray(details) && ((details.cached_tokens = "12"), true);
  },
];

export function chatCompletionResponses(count: number, invalidShare = 0.2, seed = 7): Responses {
  const rand = random(seed);
  const int = (max: number) => Math.floor(rand() * max);
  const words = ["hello", "world", "tool", "weather", "paris", "answer", "model", "token", "the", "is", "sunny"];
  const text = () => Array.from({ length: 3 + int(12) }, () => words[int(words.length)]).join(" ");

  const message = (): JsonObject => {
    const m: JsonObject = { role: rand() < 0.95 ? "assistant" : "tool", content: rand() < 0.7 ? text() : null };
    if (rand() < 0.2) m.content = Array.from({ length: 1 + int(3) }, () => ({ type: "text", text: text() }));
    if (rand() < 0.3) {
      m.tool_calls = Array.from({ length: 1 + int(2) }, (_, i) => ({
        id: `call_${i}`,
        type: "function",
        function: { name: "get_weather", arguments: JSON.stringify({ city: "Paris" }) },
      }));
    }
    if (rand() < 0.3) m.refusal = null;
    if (rand() < 0.05) m.prefix = false;
    return m;
  };
  const response = (): JsonObject => {
    const r: JsonObject = {
      id: `chatcmpl-${int(1e9)}`,
      object: "chat.completion", // a key the model does not declare: every contender must accept it
      created: 1_700_000_000 + int(1e7),
      model: "meta-llama/Llama-3.3-70B-Instruct",
      choices: Array.from({ length: 1 + int(3) }, (_, index) => {
        const choice: JsonObject = { index, message: message(), finish_reason: ["stop", "length", "tool_calls", "eos"][int(4)]! };
        if (rand() < 0.1) choice.logprobs = { content: [] };
        return choice;
      }),
    };
    if (rand() < 0.5) r.system_fingerprint = rand() < 0.5 ? "fp_44709d6fcb" : null;
    if (rand() < 0.8) {
      const prompt = int(2000);
      const completion = int(500);
      const usage: JsonObject = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
      if (rand() < 0.3) usage.prompt_tokens_details = rand() < 0.8 ? { cached_tokens: int(prompt) } : null;
      r.usage = usage;
    } else if (rand() < 0.5) r.usage = null;
    return r;
  };

  const values: unknown[] = [];
  const valid: boolean[] = [];
  while (values.length < count) {
    const r = response();
    let broken = false;
    if (rand() < invalidShare) {
      // Walk the faults from a random start until one applies to this response.
      const start = int(faults.length);
      for (let i = 0; i < faults.length && !broken; i++) broken = faults[(start + i) % faults.length]!(r);
    }
    // Round-trip through JSON, so every value is what a parser hands out.
    values.push(JSON.parse(JSON.stringify(r)));
    valid.push(!broken);
  }
  return { values, valid };
}
