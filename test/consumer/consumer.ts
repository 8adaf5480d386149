// A TypeScript program that imports the generated package by its name and narrows with a guard.
import { chatCompletionResponseSchema, isChatCompletionResponse, type ChatCompletionResponse, type Role } from "generated";
import type { StandardSchemaV1 } from "@standard-schema/spec";

export function firstChoiceText(body: unknown): string | undefined {
  if (!isChatCompletionResponse(body)) return undefined;
  const response: ChatCompletionResponse = body;
  const content = response.choices[0]?.message.content;
  return typeof content === "string" ? content : undefined;
}

export const assistant: Role = "assistant";

// A model's Standard Schema infers the model's type, as libraries that take any Standard Schema read it.

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const inferred: Equal<StandardSchemaV1.InferOutput<typeof chatCompletionResponseSchema>, ChatCompletionResponse> = true;
export const accepted: StandardSchemaV1<unknown, ChatCompletionResponse> = chatCompletionResponseSchema;
