/** CreateCompletionResponseLogprobs */
export interface CreateCompletionResponseLogprobs {
    text_offset?: number[];
    token_logprobs?: number[];
    tokens?: string[];
    top_logprobs?: {
        [key: string]: number;
    }[];
}
/** Whether `value` is a {@link CreateCompletionResponseLogprobs}. */
export declare function isCreateCompletionResponseLogprobs(value: unknown): value is CreateCompletionResponseLogprobs;
