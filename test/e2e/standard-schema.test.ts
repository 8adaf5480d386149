/**
 * Every model's Standard Schema, handed to real libraries that take any
 * Standard Schema: the official utilities read its issues, and Hono's
 * validator middleware accepts and refuses requests with it. The committed
 * generated/ package is used as a consumer imports it, by name.
 */
import { getDotPath, SchemaError } from "@standard-schema/utils";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { chatCompletionResponseSchema, roleSchema, type ChatCompletionResponse } from "generated";

const choice = { index: 0, message: { role: "assistant", content: "Hi." }, finish_reason: "stop" } as const;
const response: ChatCompletionResponse = { id: "cmpl-1", created: 1_700_000_000, model: "m", choices: [choice] };
const broken = { ...response, id: 7, choices: [{ ...choice, index: "0" }] };

function validate(value: unknown) {
  const result = chatCompletionResponseSchema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("validation is synchronous");
  return result;
}

describe("a model's Standard Schema", () => {
  it("declares the standard's version and its vendor", () => {
    expect(chatCompletionResponseSchema["~standard"]).toMatchObject({ version: 1, vendor: "mdspec" });
  });

  it("hands a valid value back as it came, synchronously", () => {
    const result = validate(response);
    expect(result.issues).toBeUndefined();
    expect((result as { value: unknown }).value).toBe(response);
  });

  it("lists each issue with a message, and a path of keys and array indices", () => {
    expect(validate(broken).issues).toEqual([
      { message: 'expected integer, received string "0"', path: ["choices", 0, "index"] },
      { message: "expected string, received number 7", path: ["id"] },
    ]);
    expect(roleSchema["~standard"].validate("robot")).toEqual({
      issues: [{ message: 'expected "system" | "user" | "assistant" | "tool", received string "robot"', path: [] }],
    });
  });
});

describe("with @standard-schema/utils", () => {
  it("has issues the official helpers read: dot paths, and a SchemaError that carries them", () => {
    const { issues } = validate(broken);
    expect(issues!.map((issue) => getDotPath(issue))).toEqual(["choices.0.index", "id"]);
    const error = new SchemaError(issues!);
    expect(error.issues).toBe(issues);
    expect(error.message).toContain("expected integer");
  });
});

describe("with Hono's Standard Schema validator", () => {
  const app = new Hono().post("/responses", sValidator("json", chatCompletionResponseSchema), (c) => {
    const body = c.req.valid("json");
    return c.json({ model: body.model, choices: body.choices.length });
  });
  const post = (body: unknown) =>
    app.request("/responses", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

  it("accepts a request whose body is the model, typed as the model", async () => {
    const res = await post(response);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ model: "m", choices: 1 });
  });

  it("refuses one that is not, with the schema's issues", async () => {
    const res = await post(broken);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { success: boolean; error: Array<{ message: string; path: unknown[] }> };
    expect(body.success).toBe(false);
    expect(body.error.map((issue) => issue.path)).toEqual([["choices", 0, "index"], ["id"]]);
  });
});
