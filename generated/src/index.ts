export * as chatPython from "./chat-python/index.js";
export * as chatTs from "./chat-ts/index.js";
export * as proxyPython from "./proxy-python/index.js";
export * as sharedPython from "./shared-python/index.js";
export {
  type ChatCompletionChoice,
  isChatCompletionChoice,
  validateChatCompletionChoice,
  assertChatCompletionChoice,
  chatCompletionChoiceSchema,
} from "./chat-python/models/chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
  validateChatCompletionContentPartText,
  assertChatCompletionContentPartText,
  chatCompletionContentPartTextSchema,
} from "./chat-python/models/chatcompletioncontentparttext.js";
export {
  type ChatCompletionMessage,
  isChatCompletionMessage,
  validateChatCompletionMessage,
  assertChatCompletionMessage,
  chatCompletionMessageSchema,
} from "./chat-python/models/chatcompletionmessage.js";
export {
  type ChatCompletionResponse,
  isChatCompletionResponse,
  validateChatCompletionResponse,
  assertChatCompletionResponse,
  chatCompletionResponseSchema,
} from "./chat-python/models/chatcompletionresponse.js";
export {
  type Content,
  isContent,
  validateContent,
  assertContent,
  contentSchema,
} from "./chat-python/models/content.js";
export {
  type FunctionCall,
  isFunctionCall,
  validateFunctionCall,
  assertFunctionCall,
  functionCallSchema,
} from "./chat-python/models/functioncall.js";
export {
  type Role,
  isRole,
  validateRole,
  assertRole,
  roleSchema,
  roleValues,
} from "./chat-python/models/role.js";
export {
  type ToolCall,
  isToolCall,
  validateToolCall,
  assertToolCall,
  toolCallSchema,
} from "./chat-python/models/toolcall.js";
export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
  validateChatCompletionMessageCustomToolCall,
  assertChatCompletionMessageCustomToolCall,
  chatCompletionMessageCustomToolCallSchema,
} from "./chat-ts/models/components/chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
  validateChatCompletionMessageToolCall,
  assertChatCompletionMessageToolCall,
  chatCompletionMessageToolCallSchema,
} from "./chat-ts/models/components/chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
  validateChatCompletionResponseMessage,
  assertChatCompletionResponseMessage,
  chatCompletionResponseMessageSchema,
} from "./chat-ts/models/components/chatcompletionresponsemessage.js";
export {
  type Choices,
  isChoices,
  validateChoices,
  assertChoices,
  choicesSchema,
} from "./chat-ts/models/components/choices.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
  validateCreateChatCompletionResponse,
  assertCreateChatCompletionResponse,
  createChatCompletionResponseSchema,
} from "./chat-ts/models/components/createchatcompletionresponse.js";
export {
  type Custom,
  isCustom,
  validateCustom,
  assertCustom,
  customSchema,
} from "./chat-ts/models/components/custom.js";
export {
  type FunctionT,
  isFunctionT,
  validateFunctionT,
  assertFunctionT,
  functionTSchema,
} from "./chat-ts/models/components/functiont.js";
export {
  type ObjectT,
  isObjectT,
  validateObjectT,
  assertObjectT,
  objectTSchema,
  objectTValues,
} from "./chat-ts/models/components/objectt.js";
export {
  type ToolCalls,
  isToolCalls,
  validateToolCalls,
  assertToolCalls,
  toolCallsSchema,
} from "./chat-ts/models/components/toolcalls.js";
export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
  validateCreateCompletionChoices,
  assertCreateCompletionChoices,
  createCompletionChoicesSchema,
} from "./proxy-python/models/createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
  validateCreateCompletionCompletionTokensDetails,
  assertCreateCompletionCompletionTokensDetails,
  createCompletionCompletionTokensDetailsSchema,
} from "./proxy-python/models/createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  validateCreateCompletionFinishReason,
  assertCreateCompletionFinishReason,
  createCompletionFinishReasonSchema,
  createCompletionFinishReasonValues,
} from "./proxy-python/models/createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
  validateCreateCompletionPromptTokensDetails,
  assertCreateCompletionPromptTokensDetails,
  createCompletionPromptTokensDetailsSchema,
} from "./proxy-python/models/createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
  validateCreateCompletionResponseBody,
  assertCreateCompletionResponseBody,
  createCompletionResponseBodySchema,
} from "./proxy-python/models/createcompletionresponsebody.js";
export {
  type CreateCompletionUsage,
  isCreateCompletionUsage,
  validateCreateCompletionUsage,
  assertCreateCompletionUsage,
  createCompletionUsageSchema,
} from "./proxy-python/models/createcompletionusage.js";
export {
  type Created,
  isCreated,
  validateCreated,
  assertCreated,
  createdSchema,
} from "./proxy-python/models/created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
  validatePostV2ProxyCompletionsChoices,
  assertPostV2ProxyCompletionsChoices,
  postV2ProxyCompletionsChoicesSchema,
} from "./proxy-python/models/postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  validatePostV2ProxyCompletionsFinishReason,
  assertPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonSchema,
  postV2ProxyCompletionsFinishReasonValues,
} from "./proxy-python/models/postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
  validatePostV2ProxyCompletionsResponseBody,
  assertPostV2ProxyCompletionsResponseBody,
  postV2ProxyCompletionsResponseBodySchema,
} from "./proxy-python/models/postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
  validatePostV2ProxyCompletionsUsage,
  assertPostV2ProxyCompletionsUsage,
  postV2ProxyCompletionsUsageSchema,
} from "./proxy-python/models/postv2proxycompletionsusage.js";
export {
  type CreateCompletionResponse,
  isCreateCompletionResponse,
  validateCreateCompletionResponse,
  assertCreateCompletionResponse,
  createCompletionResponseSchema,
} from "./shared-python/models/shared/createcompletionresponse.js";
export {
  type CreateCompletionResponseChoices,
  isCreateCompletionResponseChoices,
  validateCreateCompletionResponseChoices,
  assertCreateCompletionResponseChoices,
  createCompletionResponseChoicesSchema,
} from "./shared-python/models/shared/createcompletionresponsechoices.js";
export {
  type CreateCompletionResponseFinishReason,
  isCreateCompletionResponseFinishReason,
  validateCreateCompletionResponseFinishReason,
  assertCreateCompletionResponseFinishReason,
  createCompletionResponseFinishReasonSchema,
  createCompletionResponseFinishReasonValues,
} from "./shared-python/models/shared/createcompletionresponsefinishreason.js";
export {
  type CreateCompletionResponseLogprobs,
  isCreateCompletionResponseLogprobs,
  validateCreateCompletionResponseLogprobs,
  assertCreateCompletionResponseLogprobs,
  createCompletionResponseLogprobsSchema,
} from "./shared-python/models/shared/createcompletionresponselogprobs.js";
export {
  type CreateCompletionResponseUsage,
  isCreateCompletionResponseUsage,
  validateCreateCompletionResponseUsage,
  assertCreateCompletionResponseUsage,
  createCompletionResponseUsageSchema,
} from "./shared-python/models/shared/createcompletionresponseusage.js";
