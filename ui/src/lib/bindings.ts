// Generated from the Rust types by `src-tauri/src/ipc.rs`; do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p switchboard bindings

export type ProviderKind = "openai";

export type Provider = { id: number, name: string, kind: ProviderKind, base_url: string, default_model: string, has_key: boolean, created_at: number, };

export type ProviderInput = { name: string, kind: ProviderKind, base_url: string, default_model: string, };

export type Role = "system" | "user" | "assistant";

export type MessageStatus = "streaming" | "complete" | "stopped" | "interrupted" | "error";

export type Usage = { input_tokens: number, output_tokens: number, };

export type ErrorInfo = { code: string, message: string, };

export type Conversation = { id: number, title: string, created_at: number, updated_at: number, };

export type Message = { id: number, conversation_id: number, role: Role, content: string, status: MessageStatus, 
/**
 * Model that answered (assistant messages only).
 */
model: string | null, 
/**
 * Name of the provider that answered (assistant messages only).
 */
provider: string | null, usage: Usage | null, error: ErrorInfo | null, created_at: number, updated_at: number, };

export type ConversationView = { conversation: Conversation, messages: Array<Message>, };

export type KeyringStatus = { available: boolean, 
/**
 * Why the keyring cannot be used and how to fix it; `None` when it can.
 */
message: string | null, };

export type AppStatus = { data_dir: string, keyring: KeyringStatus, };

export type SendTurn = { conversation_id: number | null, text: string, provider_id: number, model: string | null, };

export type TurnStarted = { conversation_id: number, user_message_id: number, assistant_message_id: number, model: string, provider: string, };

export type TurnEvent = { "type": "started", conversation_id: number, user_message_id: number, assistant_message_id: number, model: string, provider: string, } | { "type": "delta", text: string, } | { "type": "usage", usage: Usage, } | { "type": "finished", status: MessageStatus, stop_reason: string | null, usage: Usage | null, } | { "type": "error", code: string, message: string, };

export type IpcError = { code: string, message: string, };
