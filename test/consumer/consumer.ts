// A TypeScript program that imports the generated package by its name and narrows with a guard.
import { isChatCompletionResponse, type ChatCompletionResponse, type Role } from "generated";

export function firstChoiceText(body: unknown): string | undefined {
  if (!isChatCompletionResponse(body)) return undefined;
  const response: ChatCompletionResponse = body;
  const content = response.choices[0]?.message.content;
  return typeof content === "string" ? content : undefined;
}

export const assistant: Role = "assistant";
