/**
 * The five seed models, end to end: specs/ is generated into a fresh package,
 * the package type-checks strictly, and its guards judge real responses.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, guardAt, type GeneratedPackage } from "../helpers/generated-package.js";
import { STRICT_FLAGS, tsc, typeCheckConsumer } from "../helpers/tsc.js";

let pkg: GeneratedPackage;
let root: Record<string, unknown>;

beforeAll(async () => {
  pkg = await generatePackage(join(import.meta.dirname, "../../specs"));
  root = await pkg.load();
}, 120_000);

afterAll(() => pkg?.remove());

describe("generating specs/", () => {
  it("succeeds without diagnostics", () => {
    expect(pkg.result.diagnostics).toEqual([]);
    expect(pkg.result.ok).toBe(true);
    expect(pkg.result.models).toBe(42);
  });

  it("type-checks under --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], pkg.dir);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });

  it("gives a TypeScript consumer precise types: valid values compile, invalid ones do not", () => {
    const consumer = `
      import type { ChatCompletionResponse, chatTs } from "./dist/index.js";
      const ok: ChatCompletionResponse = { choices: [], created: 1, id: "a", model: "m" };
      const nullable: ChatCompletionResponse = { ...ok, system_fingerprint: null, usage: null };
      // @ts-expect-error created is required
      const missing: ChatCompletionResponse = { choices: [], id: "a", model: "m" };
      // @ts-expect-error Optional[str] with a minus sign may be absent but not null
      const notNull: import("./dist/index.js").CreateCompletionResponseBody = { id: "a", choices: [], model: "m", object: "x", system_fingerprint: null };
      type Usage = chatTs.models.components.CompletionUsage;
      // @ts-expect-error an optional key is absent, never undefined, under exactOptionalPropertyTypes
      const usage: Usage = { completionTokens: 1, promptTokens: 1, totalTokens: 2, promptTokensDetails: undefined };
      export { ok, nullable, missing, notNull, usage };
    `;
    const run = typeCheckConsumer(pkg.dir, consumer.replaceAll("./dist/index.js", "../test-models/dist/index.js"));
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});

/** A valid value, and for each kind of mistake a broken copy the guard must reject. */
interface Case {
  guard: string;
  valid: Record<string, unknown>;
  alsoValid?: Array<Record<string, unknown>>;
  invalid: Record<string, (value: Record<string, unknown>) => unknown>;
}

const without = (value: Record<string, unknown>, key: string) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};
const withKey = (value: Record<string, unknown>, key: string, replacement: unknown) => ({ ...value, [key]: replacement });

const proxyChoice = { finish_reason: "stop", index: 0, text: "Hello", logprobs: null };
const chatPythonMessage = { role: "assistant", content: "Hello!", tool_calls: [{ id: "call_1", type: "function", function: { name: "f", arguments: "{}" } }] };
const chatTsMessage = { content: "Hello!", refusal: "", role: "assistant" };

const cases: Record<string, Case> = {
  "CreateCompletionResponseBody (Python, models.)": {
    guard: "isCreateCompletionResponseBody",
    valid: {
      id: "cmpl-1",
      choices: [proxyChoice],
      created: "2024-05-01T12:00:00Z",
      model: "gpt-3.5-turbo-instruct",
      object: "text_completion",
      usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12, prompt_tokens_details: null },
    },
    alsoValid: [{ id: "cmpl-2", choices: [], created: 1714564800.5, model: "m", object: "text_completion", system_fingerprint: "fp" }],
    invalid: {
      "missing required key": (v) => without(v, "model"),
      "wrong primitive": (v) => withKey(v, "id", 42),
      "null where not nullable (Optional[str] with ➖)": (v) => withKey(v, "system_fingerprint", null),
      "bad array element": (v) => withKey(v, "choices", [proxyChoice, { ...proxyChoice, index: "0" }]),
      "bad nested model": (v) => withKey(v, "usage", { prompt_tokens: "5" }),
      "bad union member": (v) => withKey(v, "created", true),
      "closed enum value outside the enum": (v) => withKey(v, "choices", [{ ...proxyChoice, finish_reason: "paused" }]),
    },
  },
  "PostV2ProxyCompletionsResponseBody (Python, open enum)": {
    guard: "isPostV2ProxyCompletionsResponseBody",
    valid: {
      id: "cmpl-1",
      choices: [{ finish_reason: "a-reason-added-later", index: 0, text: "Hi" }],
      created: 1714564800,
      model: "m",
      object: "text_completion",
    },
    invalid: {
      "missing required key": (v) => without(v, "choices"),
      "wrong primitive": (v) => withKey(v, "object", ["text_completion"]),
      "null where not nullable": (v) => withKey(v, "usage", null),
      "bad array element": (v) => withKey(v, "choices", [null]),
      "bad nested model": (v) => withKey(v, "usage", { total_tokens: "12" }),
      "open enum of the wrong primitive": (v) => withKey(v, "choices", [{ finish_reason: 3, index: 0, text: "Hi" }]),
    },
  },
  "CreateCompletionResponse (Python, shared.)": {
    guard: "isCreateCompletionResponse",
    valid: {
      choices: [{ finish_reason: "length", index: 0, text: "Once", logprobs: { tokens: ["Once"], token_logprobs: [-0.1], top_logprobs: [{ Once: -0.1 }] } }],
      created: 1714564800,
      id: "cmpl-3",
      model: "davinci",
      object: "text_completion",
      usage: { completion_tokens: 1, prompt_tokens: 2, total_tokens: 3 },
    },
    invalid: {
      "missing required key": (v) => without(v, "created"),
      "wrong primitive": (v) => withKey(v, "created", "1714564800"),
      "integer field given a fraction": (v) => withKey(v, "created", 1.5),
      "null where not nullable": (v) => withKey(v, "usage", null),
      "bad array element": (v) => withKey(v, "choices", [{ finish_reason: "length", index: 0, text: 7 }]),
      "bad map value deep inside": (v) =>
        withKey(v, "choices", [{ finish_reason: "length", index: 0, text: "x", logprobs: { top_logprobs: [{ x: "high" }] } }]),
    },
  },
  "ChatCompletionResponse (Python, OptionalNullable)": {
    guard: "isChatCompletionResponse",
    valid: {
      choices: [{ index: 0, message: chatPythonMessage, finish_reason: "tool_calls" }],
      created: 1677652288,
      id: "chatcmpl-123",
      model: "meta-llama/Llama-3.3-70B-Instruct",
      system_fingerprint: null,
      usage: null,
    },
    alsoValid: [
      { choices: [], created: 1, id: "a", model: "m" },
      { choices: [{ index: 0, message: { role: "user", content: [{ type: "text", text: "hi" }] }, finish_reason: null }], created: 1, id: "a", model: "m", usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } },
    ],
    invalid: {
      "missing required key": (v) => without(v, "id"),
      "wrong primitive": (v) => withKey(v, "system_fingerprint", 7),
      "null where not nullable": (v) => withKey(v, "created", null),
      "bad array element": (v) => withKey(v, "choices", ["choice"]),
      "bad nested model": (v) => withKey(v, "choices", [{ index: 0, message: { ...chatPythonMessage, role: "robot" }, finish_reason: "stop" }]),
      "bad union member": (v) => withKey(v, "choices", [{ index: 0, message: { role: "user", content: [{ type: "image", text: "x" }] }, finish_reason: "stop" }]),
    },
  },
  "CreateChatCompletionResponse (TypeScript, components.)": {
    guard: "isCreateChatCompletionResponse",
    valid: {
      id: "chatcmpl-123",
      choices: [{ finishReason: "stop", index: 0, message: chatTsMessage, logprobs: {} }],
      created: 1677652288,
      model: "gpt-4o",
      systemFingerprint: "fp_44709d6fcb",
      object: "chat.completion",
      usage: { completionTokens: 12, promptTokens: 9, totalTokens: 21 },
    },
    invalid: {
      "missing required key": (v) => without(v, "object"),
      "wrong primitive": (v) => withKey(v, "created", "now"),
      "null where not nullable": (v) => withKey(v, "systemFingerprint", null),
      "bad array element": (v) => withKey(v, "choices", [{ finishReason: "stop", index: 0, message: chatTsMessage }]),
      "bad nested model": (v) => withKey(v, "usage", { completionTokens: 1, promptTokens: 1 }),
      "literal enum value": (v) => withKey(v, "object", "chat.completion.chunk"),
    },
  },
};

describe.each(Object.entries(cases))("%s", (_name, { guard, valid, alsoValid = [], invalid }) => {
  it("accepts valid responses", () => {
    const check = guardAt(root, guard);
    for (const value of [valid, ...alsoValid]) expect(check(value)).toBe(true);
    // Values cross process boundaries as JSON: a round trip must not change the verdict.
    expect(check(JSON.parse(JSON.stringify(valid)))).toBe(true);
  });

  it.each(Object.entries(invalid))("rejects: %s", (_kind, mutate) => {
    expect(guardAt(root, guard)(mutate(valid))).toBe(false);
  });
});

describe("guards on values that are not objects at all", () => {
  it.each([null, undefined, 0, "", true, [], () => ({})])("reject %s", (value) => {
    expect(guardAt(root, "isChatCompletionResponse")(value)).toBe(false);
  });

  it("read own properties only", () => {
    const inherited = Object.create({ choices: [], created: 1, id: "a", model: "m" }) as object;
    expect(guardAt(root, "isChatCompletionResponse")(inherited)).toBe(false);
  });

  it("accept objects without a prototype", () => {
    const bare = Object.assign(Object.create(null) as object, { choices: [], created: 1, id: "a", model: "m" });
    expect(guardAt(root, "isChatCompletionResponse")(bare)).toBe(true);
  });

  it("return false instead of throwing when a getter throws", () => {
    const hostile = { choices: [], created: 1, model: "m" };
    Object.defineProperty(hostile, "id", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(guardAt(root, "isChatCompletionResponse")(hostile)).toBe(false);
  });
});

describe("same-named models in different folders", () => {
  it("are both reachable through their folders' namespaces", () => {
    const python = guardAt(root, "chatPython.models.isCompletionUsage");
    const typescript = guardAt(root, "chatTs.models.components.isCompletionUsage");
    expect(python({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })).toBe(true);
    expect(typescript({ promptTokens: 1, completionTokens: 2, totalTokens: 3 })).toBe(true);
    expect(python({ promptTokens: 1, completionTokens: 2, totalTokens: 3 })).toBe(false);
  });

  it("are not exported from the root, where one would hide the other", () => {
    expect(root).not.toHaveProperty("isCompletionUsage");
    expect(root).toHaveProperty("isChatCompletionResponse");
  });
});

describe("enums", () => {
  it("export their values as a read-only array", () => {
    expect(root["roleValues"]).toEqual(["system", "user", "assistant", "tool"]);
    expect(guardAt(root, "isRole")("tool")).toBe(true);
    expect(guardAt(root, "isRole")("robot")).toBe(false);
  });
});
