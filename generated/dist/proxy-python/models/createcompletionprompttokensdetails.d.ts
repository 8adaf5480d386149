/** Breakdown of tokens used in the prompt. */
export interface CreateCompletionPromptTokensDetails {
    /** Cached tokens present in the prompt. */
    cached_tokens?: number | null;
    /** Audio input tokens present in the prompt. */
    audio_tokens?: number | null;
}
/** Whether `value` is a {@link CreateCompletionPromptTokensDetails}. */
export declare function isCreateCompletionPromptTokensDetails(value: unknown): value is CreateCompletionPromptTokensDetails;
