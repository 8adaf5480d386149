/** The values of {@link CreateCompletionResponseFinishReason}. */
export declare const createCompletionResponseFinishReasonValues: readonly ["stop", "length", "content_filter"];
/** CreateCompletionResponseFinishReason */
export type CreateCompletionResponseFinishReason = "stop" | "length" | "content_filter";
/** Whether `value` is a {@link CreateCompletionResponseFinishReason}. */
export declare function isCreateCompletionResponseFinishReason(value: unknown): value is CreateCompletionResponseFinishReason;
