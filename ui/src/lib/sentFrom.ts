// Where the part of a conversation the newest answer's call sent begins: the messages above
// it on the shown path were not sent (the model's context window held less, or the
// conversation's Context setting keeps only its newest messages). The chat view draws a
// divider there, so what the model saw is never a guess.
import type { Message, RouteRecord } from "./bindings";

export interface SentFrom {
  /** The first message sent: the divider goes above it. */
  messageId: number;
  /** Why the messages above were not sent. */
  reason: string;
}

/** The divider for `messages` (the loaded part of the shown path, oldest first; `earlier`
 * more are above them and `later` below), from the newest answer's route record. Null when
 * that answer sent everything before it, its record does not say (written before records
 * did), its first message sent is not loaded, or the newest answer is not loaded (a search
 * opened the branch far back: a loaded answer's cut is not the latest question's). */
export function sentFrom(
  messages: readonly Pick<Message, "id" | "role">[],
  routes: ReadonlyMap<number, RouteRecord>,
  earlier: number,
  later: number,
  contextLimit: number | null,
): SentFrom | null {
  if (later > 0) return null;
  // The newest answer with a record: one still streaming has none yet here, and until
  // its record is read the previous answer's divider stays rather than flickering away.
  let record: RouteRecord | undefined;
  // From the end, without copying: this runs on every change of the loaded messages.
  for (let i = messages.length - 1; i >= 0 && record === undefined; i -= 1) {
    const m = messages[i];
    if (m?.role === "assistant") record = routes.get(m.id);
  }
  const first = record?.first_sent ?? null;
  if (record === undefined || first === null) return null;
  const index = messages.findIndex((m) => m.id === first);
  if (index < 0 || (index === 0 && earlier === 0)) return null;
  const answered = record.decision.candidates.find((c) => c.model === record.answered_by);
  const reason =
    answered !== undefined && answered.left_out > 0
      ? `they did not fit ${answered.name}'s context window`
      : contextLimit !== null
        ? `this conversation sends only its last ${contextLimit} messages (Context, in the header)`
        : "they did not fit the model's context window";
  return { messageId: first, reason };
}
