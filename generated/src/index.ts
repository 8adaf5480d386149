export * as chatPython from "./chat-python/index.js";
export * as chatTs from "./chat-ts/index.js";
export * as proxyPython from "./proxy-python/index.js";
export * as sharedPython from "./shared-python/index.js";
export {
  type ChatCompletionChoice,
  isChatCompletionChoice,
  validateChatCompletionChoice,
  assertChatCompletionChoice,
} from "./chat-python/models/chatcompletionchoice.js";
export {
  type ChatCompletionContentPartText,
  isChatCompletionContentPartText,
  validateChatCompletionContentPartText,
  assertChatCompletionContentPartText,
} from "./chat-python/models/chatcompletioncontentparttext.js";
export {
  type ChatCompletionMessage,
  isChatCompletionMessage,
  validateChatCompletionMessage,
  assertChatCompletionMessage,
} from "./chat-python/models/chatcompletionmessage.js";
export {
  type ChatCompletionResponse,
  isChatCompletionResponse,
  validateChatCompletionResponse,
  assertChatCompletionResponse,
} from "./chat-python/models/chatcompletionresponse.js";
export {
  type Content,
  isContent,
  validateContent,
  assertContent,
} from "./chat-python/models/content.js";
export {
  type FunctionCall,
  isFunctionCall,
  validateFunctionCall,
  assertFunctionCall,
} from "./chat-python/models/functioncall.js";
export {
  type Role,
  isRole,
  validateRole,
  assertRole,
  roleValues,
} from "./chat-python/models/role.js";
export {
  type ToolCall,
  isToolCall,
  validateToolCall,
  assertToolCall,
} from "./chat-python/models/toolcall.js";
export {
  type ChatCompletionMessageCustomToolCall,
  isChatCompletionMessageCustomToolCall,
  validateChatCompletionMessageCustomToolCall,
  assertChatCompletionMessageCustomToolCall,
} from "./chat-ts/models/components/chatcompletionmessagecustomtoolcall.js";
export {
  type ChatCompletionMessageToolCall,
  isChatCompletionMessageToolCall,
  validateChatCompletionMessageToolCall,
  assertChatCompletionMessageToolCall,
} from "./chat-ts/models/components/chatcompletionmessagetoolcall.js";
export {
  type ChatCompletionResponseMessage,
  isChatCompletionResponseMessage,
  validateChatCompletionResponseMessage,
  assertChatCompletionResponseMessage,
} from "./chat-ts/models/components/chatcompletionresponsemessage.js";
export {
  type Choices,
  isChoices,
  validateChoices,
  assertChoices,
} from "./chat-ts/models/components/choices.js";
export {
  type CreateChatCompletionResponse,
  isCreateChatCompletionResponse,
  validateCreateChatCompletionResponse,
  assertCreateChatCompletionResponse,
} from "./chat-ts/models/components/createchatcompletionresponse.js";
export {
  type Custom,
  isCustom,
  validateCustom,
  assertCustom,
} from "./chat-ts/models/components/custom.js";
export {
  type FunctionT,
  isFunctionT,
  validateFunctionT,
  assertFunctionT,
} from "./chat-ts/models/components/functiont.js";
export {
  type ObjectT,
  isObjectT,
  validateObjectT,
  assertObjectT,
  objectTValues,
} from "./chat-ts/models/components/objectt.js";
export {
  type ToolCalls,
  isToolCalls,
  validateToolCalls,
  assertToolCalls,
} from "./chat-ts/models/components/toolcalls.js";
export {
  type CreateCompletionChoices,
  isCreateCompletionChoices,
  validateCreateCompletionChoices,
  assertCreateCompletionChoices,
} from "./proxy-python/models/createcompletionchoices.js";
export {
  type CreateCompletionCompletionTokensDetails,
  isCreateCompletionCompletionTokensDetails,
  validateCreateCompletionCompletionTokensDetails,
  assertCreateCompletionCompletionTokensDetails,
} from "./proxy-python/models/createcompletioncompletiontokensdetails.js";
export {
  type CreateCompletionFinishReason,
  isCreateCompletionFinishReason,
  validateCreateCompletionFinishReason,
  assertCreateCompletionFinishReason,
  createCompletionFinishReasonValues,
} from "./proxy-python/models/createcompletionfinishreason.js";
export {
  type CreateCompletionPromptTokensDetails,
  isCreateCompletionPromptTokensDetails,
  validateCreateCompletionPromptTokensDetails,
  assertCreateCompletionPromptTokensDetails,
} from "./proxy-python/models/createcompletionprompttokensdetails.js";
export {
  type CreateCompletionResponseBody,
  isCreateCompletionResponseBody,
  validateCreateCompletionResponseBody,
  assertCreateCompletionResponseBody,
} from "./proxy-python/models/createcompletionresponsebody.js";
export {
  type CreateCompletionUsage,
  isCreateCompletionUsage,
  validateCreateCompletionUsage,
  assertCreateCompletionUsage,
} from "./proxy-python/models/createcompletionusage.js";
export {
  type Created,
  isCreated,
  validateCreated,
  assertCreated,
} from "./proxy-python/models/created.js";
export {
  type PostV2ProxyCompletionsChoices,
  isPostV2ProxyCompletionsChoices,
  validatePostV2ProxyCompletionsChoices,
  assertPostV2ProxyCompletionsChoices,
} from "./proxy-python/models/postv2proxycompletionschoices.js";
export {
  type PostV2ProxyCompletionsFinishReason,
  isPostV2ProxyCompletionsFinishReason,
  validatePostV2ProxyCompletionsFinishReason,
  assertPostV2ProxyCompletionsFinishReason,
  postV2ProxyCompletionsFinishReasonValues,
} from "./proxy-python/models/postv2proxycompletionsfinishreason.js";
export {
  type PostV2ProxyCompletionsResponseBody,
  isPostV2ProxyCompletionsResponseBody,
  validatePostV2ProxyCompletionsResponseBody,
  assertPostV2ProxyCompletionsResponseBody,
} from "./proxy-python/models/postv2proxycompletionsresponsebody.js";
export {
  type PostV2ProxyCompletionsUsage,
  isPostV2ProxyCompletionsUsage,
  validatePostV2ProxyCompletionsUsage,
  assertPostV2ProxyCompletionsUsage,
} from "./proxy-python/models/postv2proxycompletionsusage.js";
export {
  type CreateCompletionResponse,
  isCreateCompletionResponse,
  validateCreateCompletionResponse,
  assertCreateCompletionResponse,
} from "./shared-python/models/shared/createcompletionresponse.js";
export {
  type CreateCompletionResponseChoices,
  isCreateCompletionResponseChoices,
  validateCreateCompletionResponseChoices,
  assertCreateCompletionResponseChoices,
} from "./shared-python/models/shared/createcompletionresponsechoices.js";
export {
  type CreateCompletionResponseFinishReason,
  isCreateCompletionResponseFinishReason,
  validateCreateCompletionResponseFinishReason,
  assertCreateCompletionResponseFinishReason,
  createCompletionResponseFinishReasonValues,
} from "./shared-python/models/shared/createcompletionresponsefinishreason.js";
export {
  type CreateCompletionResponseLogprobs,
  isCreateCompletionResponseLogprobs,
  validateCreateCompletionResponseLogprobs,
  assertCreateCompletionResponseLogprobs,
} from "./shared-python/models/shared/createcompletionresponselogprobs.js";
export {
  type CreateCompletionResponseUsage,
  isCreateCompletionResponseUsage,
  validateCreateCompletionResponseUsage,
  assertCreateCompletionResponseUsage,
} from "./shared-python/models/shared/createcompletionresponseusage.js";
