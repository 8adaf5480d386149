export { isCompletionTokensDetails, validateCompletionTokensDetails, assertCompletionTokensDetails } from "./completiontokensdetails.js";
export { isCreateCompletionResponse, validateCreateCompletionResponse, assertCreateCompletionResponse } from "./createcompletionresponse.js";
export { isCreateCompletionResponseChoices, validateCreateCompletionResponseChoices, assertCreateCompletionResponseChoices } from "./createcompletionresponsechoices.js";
export { isCreateCompletionResponseFinishReason, validateCreateCompletionResponseFinishReason, assertCreateCompletionResponseFinishReason, createCompletionResponseFinishReasonValues } from "./createcompletionresponsefinishreason.js";
export { isCreateCompletionResponseLogprobs, validateCreateCompletionResponseLogprobs, assertCreateCompletionResponseLogprobs } from "./createcompletionresponselogprobs.js";
export { isCreateCompletionResponseUsage, validateCreateCompletionResponseUsage, assertCreateCompletionResponseUsage } from "./createcompletionresponseusage.js";
export { isPromptTokensDetails, validatePromptTokensDetails, assertPromptTokensDetails } from "./prompttokensdetails.js";
