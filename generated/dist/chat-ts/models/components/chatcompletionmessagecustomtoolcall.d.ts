import { type Custom } from "./custom.js";
/**
 * A call to a custom tool created by the model.
 * @example ```
 * import { ChatCompletionMessageCustomToolCall } from "chat-sdk/models/components";
 *
 * let value: ChatCompletionMessageCustomToolCall = {
 *   id: "call_def456",
 *   type: "custom",
 *   custom: {
 *     name: "run_sql",
 *     input: "SELECT count(*) FROM orders;",
 *   },
 * };
 * ```
 */
export interface ChatCompletionMessageCustomToolCall {
    /** The ID of the tool call. */
    id: string;
    /** The type of the tool. Always `custom`. */
    type: "custom";
    /** The custom tool that the model called. */
    custom: Custom;
}
/** Whether `value` is a {@link ChatCompletionMessageCustomToolCall}. */
export declare function isChatCompletionMessageCustomToolCall(value: unknown): value is ChatCompletionMessageCustomToolCall;
