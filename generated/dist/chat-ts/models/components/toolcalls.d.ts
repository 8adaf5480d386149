import { type ChatCompletionMessageCustomToolCall } from "./chatcompletionmessagecustomtoolcall.js";
import { type ChatCompletionMessageToolCall } from "./chatcompletionmessagetoolcall.js";
/** ToolCalls */
export type ToolCalls = ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall;
/** Whether `value` is a {@link ToolCalls}. */
export declare function isToolCalls(value: unknown): value is ToolCalls;
