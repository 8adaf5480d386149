/** The values of {@link FinishReason} known when this package was generated. */
export declare const finishReasonValues: readonly ["stop", "length", "tool_calls", "content_filter", "function_call"];
/**
 * The reason the model stopped generating tokens.
 * @example ```
 * import { FinishReason } from "chat-sdk/models/components";
 *
 * let value: FinishReason = "stop";
 *
 * // Open enum: unrecognized values are captured as Unrecognized<string>
 * ```
 */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | (string & {});
/** Whether `value` is a {@link FinishReason}. */
export declare function isFinishReason(value: unknown): value is FinishReason;
