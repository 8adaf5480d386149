/**
 * The ChatCompletionResponse model of specs/chat-python, written three more
 * ways for comparison with its generated guard: as a JSON Schema (for Ajv),
 * as a zod schema, and as a hand-written check (the ceiling: what a careful
 * person would type for this one model). All four accept the same values;
 * the benchmark checks that before it times anything.
 */
import { z } from "zod";

const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });

export const chatCompletionResponseSchema = {
  $id: "ChatCompletionResponse",
  type: "object",
  required: ["choices", "created", "id", "model"],
  properties: {
    choices: { type: "array", items: { $ref: "#/$defs/ChatCompletionChoice" } },
    created: { type: "integer" },
    id: { type: "string" },
    model: { type: "string" },
    system_fingerprint: { type: ["string", "null"] },
    usage: nullable({ $ref: "#/$defs/CompletionUsage" }),
  },
  $defs: {
    ChatCompletionChoice: {
      type: "object",
      required: ["index", "message", "finish_reason"],
      properties: {
        index: { type: "integer" },
        message: { $ref: "#/$defs/ChatCompletionMessage" },
        // An open enum: any string.
        finish_reason: { type: ["string", "null"] },
        logprobs: { type: "object" },
      },
    },
    ChatCompletionMessage: {
      type: "object",
      required: ["role", "content"],
      properties: {
        role: { enum: ["system", "user", "assistant", "tool"] },
        content: {
          anyOf: [
            { type: "string" },
            { type: "array", items: { $ref: "#/$defs/ChatCompletionContentPartText" } },
            { type: "null" },
          ],
        },
        name: { type: ["string", "null"] },
        refusal: { type: ["string", "null"] },
        tool_calls: { type: "array", items: { $ref: "#/$defs/ToolCall" } },
        prefix: { type: "boolean" },
      },
    },
    ChatCompletionContentPartText: {
      type: "object",
      required: ["type", "text"],
      properties: { type: { const: "text" }, text: { type: "string" } },
    },
    ToolCall: {
      type: "object",
      required: ["id", "type", "function"],
      properties: { id: { type: "string" }, type: { const: "function" }, function: { $ref: "#/$defs/FunctionCall" } },
    },
    FunctionCall: {
      type: "object",
      required: ["name", "arguments"],
      properties: { name: { type: "string" }, arguments: { type: "string" } },
    },
    CompletionUsage: {
      type: "object",
      required: ["prompt_tokens", "completion_tokens", "total_tokens"],
      properties: {
        prompt_tokens: { type: "integer" },
        completion_tokens: { type: "integer" },
        total_tokens: { type: "integer" },
        prompt_tokens_details: nullable({ $ref: "#/$defs/PromptTokensDetails" }),
      },
    },
    PromptTokensDetails: {
      type: "object",
      properties: { cached_tokens: { type: "integer" }, audio_tokens: { type: "integer" } },
    },
  },
} as const;

// zod: loose objects, because the guards (and the JSON Schema) accept keys they do not know.
const functionCall = z.looseObject({ name: z.string(), arguments: z.string() });
const toolCall = z.looseObject({ id: z.string(), type: z.literal("function"), function: functionCall });
const contentPart = z.looseObject({ type: z.literal("text"), text: z.string() });
const message = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool"]),
  content: z.union([z.string(), z.array(contentPart)]).nullable(),
  name: z.string().nullable().optional(),
  refusal: z.string().nullable().optional(),
  tool_calls: z.array(toolCall).optional(),
  prefix: z.boolean().optional(),
});
const integer = z.number().int();
const usage = z.looseObject({
  prompt_tokens: integer,
  completion_tokens: integer,
  total_tokens: integer,
  prompt_tokens_details: z.looseObject({ cached_tokens: integer.optional(), audio_tokens: integer.optional() }).nullable().optional(),
});
export const chatCompletionResponseZod = z.looseObject({
  choices: z.array(
    z.looseObject({
      index: integer,
      message,
      finish_reason: z.string().nullable(),
      logprobs: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  created: integer,
  id: z.string(),
  model: z.string(),
  system_fingerprint: z.string().nullable().optional(),
  usage: usage.nullable().optional(),
});

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => Number.isInteger(v);
const ROLES = new Set(["system", "user", "assistant", "tool"]);

/** What a careful person would write by hand for this one model: no helpers, no generality. */
export function handWrittenCheck(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (typeof v.id !== "string" || typeof v.model !== "string" || !isInt(v.created)) return false;
  if (v.system_fingerprint !== undefined && v.system_fingerprint !== null && typeof v.system_fingerprint !== "string") return false;
  const choices = v.choices;
  if (!Array.isArray(choices)) return false;
  for (const c of choices) {
    if (!isObject(c) || !isInt(c.index)) return false;
    if (c.finish_reason !== null && typeof c.finish_reason !== "string") return false;
    if (c.logprobs !== undefined && !isObject(c.logprobs)) return false;
    const m = c.message;
    if (!isObject(m) || !ROLES.has(m.role as string)) return false;
    const content = m.content;
    if (content !== null && typeof content !== "string") {
      if (!Array.isArray(content)) return false;
      for (const p of content) if (!isObject(p) || p.type !== "text" || typeof p.text !== "string") return false;
    }
    if (m.name !== undefined && m.name !== null && typeof m.name !== "string") return false;
    if (m.refusal !== undefined && m.refusal !== null && typeof m.refusal !== "string") return false;
    if (m.prefix !== undefined && typeof m.prefix !== "boolean") return false;
    if (m.tool_calls !== undefined) {
      if (!Array.isArray(m.tool_calls)) return false;
      for (const t of m.tool_calls) {
        if (!isObject(t) || typeof t.id !== "string" || t.type !== "function") return false;
        const f = t.function;
        if (!isObject(f) || typeof f.name !== "string" || typeof f.arguments !== "string") return false;
      }
    }
  }
  const u = v.usage;
  if (u !== undefined && u !== null) {
    if (!isObject(u) || !isInt(u.prompt_tokens) || !isInt(u.completion_tokens) || !isInt(u.total_tokens)) return false;
    const d = u.prompt_tokens_details;
    if (d !== undefined && d !== null) {
      if (!isObject(d)) return false;
      if (d.cached_tokens !== undefined && !isInt(d.cached_tokens)) return false;
      if (d.audio_tokens !== undefined && !isInt(d.audio_tokens)) return false;
    }
  }
  return true;
}
