/** Breakdown of tokens used in the prompt. */
export interface PromptTokensDetails {
    /**
     * Number of prompt tokens that were served from the prompt cache.
     * @example 0
     */
    cached_tokens?: number;
    /**
     * Number of audio input tokens present in the prompt.
     * @example 0
     */
    audio_tokens?: number;
}
/** Whether `value` is a {@link PromptTokensDetails}. */
export declare function isPromptTokensDetails(value: unknown): value is PromptTokensDetails;
