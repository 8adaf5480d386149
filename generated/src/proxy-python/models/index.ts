export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
  validateCreateCompletionChoices,
  assertCreateCompletionChoices,
  createCompletionChoicesSchema,
} from "./createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
  validateCreateCompletionCompletionTokensDetails,
  assertCreateCompletionCompletionTokensDetails,
  createCompletionCompletionTokensDetailsSchema,
} from "./createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  validateCreateCompletionFinishReason,
  assertCreateCompletionFinishReason,
  createCompletionFinishReasonSchema,
  createCompletionFinishReasonValues,
} from "./createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
  validateCreateCompletionPromptTokensDetails,
  assertCreateCompletionPromptTokensDetails,
  createCompletionPromptTokensDetailsSchema,
} from "./createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
  validateCreateCompletionResponseBody,
  assertCreateCompletionResponseBody,
  createCompletionResponseBodySchema,
} from "./createcompletionresponsebody.js";
export {
  type CreateCompletionUsage,
  isCreateCompletionUsage,
  validateCreateCompletionUsage,
  assertCreateCompletionUsage,
  createCompletionUsageSchema,
} from "./createcompletionusage.js";
export {
  type Created,
  isCreated,
  validateCreated,
  assertCreated,
  createdSchema,
} from "./created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
  validatePostV2ProxyCompletionsChoices,
  assertPostV2ProxyCompletionsChoices,
  postV2ProxyCompletionsChoicesSchema,
} from "./postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  validatePostV2ProxyCompletionsFinishReason,
  assertPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonSchema,
  postV2ProxyCompletionsFinishReasonValues,
} from "./postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
  validatePostV2ProxyCompletionsResponseBody,
  assertPostV2ProxyCompletionsResponseBody,
  postV2ProxyCompletionsResponseBodySchema,
} from "./postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
  validatePostV2ProxyCompletionsUsage,
  assertPostV2ProxyCompletionsUsage,
  postV2ProxyCompletionsUsageSchema,
} from "./postv2proxycompletionsusage.js";
