// Files attached to a message: read in the browser, checked against the backend's limits
// (src-tauri/crates/engine/src/turn/files.rs) before anything is sent, and the bytes of stored
// attachments fetched once per id to show them in history.
//
// Invariants:
//  - the checks mirror the backend's: at most MAX_FILES files, images only PNG/JPEG/GIF/WebP
//    (recognised by their bytes, as the backend does) up to 5 MB, anything else UTF-8 text up to
//    512 KB; the backend checks again, so these only spare a round trip and say why early;
//  - a refused file never takes the others with it: each file is accepted or refused on its own;
//  - a file is never read whole when its size alone refuses it.

import * as api from "./api";
import type { Attachment, AttachmentData, AttachmentInput, AttachmentKind, ModelInfo } from "./bindings";
import { refOf } from "./catalogue";
import type { ChoiceContext, RoutingChoice } from "./choice";

/** Most files on one message. */
export const MAX_FILES = 8;
/** Largest image: 5 MiB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Largest text file: 512 KiB. */
export const MAX_TEXT_BYTES = 512 * 1024;

/** A file read for the next message, shown as a chip in the composer. */
export type PendingAttachment = {
  /** Local key for the chip (stable while it is pending). */
  key: number;
  name: string;
  mime: string;
  kind: AttachmentKind;
  size: number;
  data_base64: string;
  /** The file it was read from (for the chip's thumbnail). */
  source: Blob;
};

/** What reading one file gave: the attachment, or why it was refused (a sentence). */
export type ReadResult = { ok: true; file: Omit<PendingAttachment, "key"> } | { ok: false; reason: string };

/** "512 B", "12 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}

/** "“name” is 5.2 MB; images can be at most 5 MB.": the size with enough digits to differ from
 * the limit it is over. */
function tooBig(bytes: number, limit: number, what: string): string {
  let size = formatSize(bytes);
  if (size === formatSize(limit)) {
    size = limit >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `is ${size}; ${what} can be at most ${formatSize(limit)}.`;
}

/** The image types every API accepts, by their first bytes (as the backend recognises them). */
export function sniffImage(bytes: Uint8Array): string | null {
  const starts = (sig: number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) {
    return "image/gif";
  }
  if (bytes.length >= 12 && starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  return null;
}

/** Base64 of some bytes (chunked, so large files do not overflow the argument list). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** The bytes of base64 text. */
export function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How many bytes base64 text stands for. */
export function base64Size(data: string): number {
  const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}

/** A `data:` URL for stored bytes, to show an image. */
export function dataUrl(mime: string, data_base64: string): string {
  return `data:${mime};base64,${data_base64}`;
}

/** The text of a text attachment's bytes. */
export function textOf(data_base64: string): string {
  return new TextDecoder().decode(fromBase64(data_base64));
}

/** A text file's type as sent: what the system said when it is a text type, else plain text
 * (browsers call a TypeScript file "video/mp2t", and most source files nothing at all). */
function textMime(declared: string): string {
  const mime = declared.trim().toLowerCase();
  if (mime.startsWith("text/")) return mime;
  if (/^application\/([\w.+-]*\+)?(json|xml|javascript|x-yaml|yaml|toml|x-sh|sql|x-python|ld\+json)$/.test(mime)) {
    return mime;
  }
  return "text/plain";
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === "function") return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsArrayBuffer(blob);
  });
}

/** The name a file is shown and sent with (pasted images may come without one). */
function nameOf(file: File): string {
  const name = file.name.trim();
  if (name !== "") return name;
  return file.type.startsWith("image/") ? `pasted-image.${file.type.slice(6).split("+")[0] || "png"}` : "pasted-file.txt";
}

const NOT_AN_IMAGE = "is not an image the models accept (PNG, JPEG, GIF or WebP).";

/** Reads one file and checks it as the backend will. */
export async function readFile(file: File): Promise<ReadResult> {
  const name = nameOf(file);
  const refuse = (why: string): ReadResult => ({ ok: false, reason: `“${name}” ${why}` });
  try {
    if (file.size > MAX_IMAGE_BYTES) {
      // Too big for anything; say what it would have to be.
      const head = await bytesOf(file.slice(0, 16));
      return sniffImage(head) !== null || file.type.startsWith("image/")
        ? refuse(tooBig(file.size, MAX_IMAGE_BYTES, "images"))
        : refuse(tooBig(file.size, MAX_TEXT_BYTES, "text files"));
    }
    if (file.size > MAX_TEXT_BYTES) {
      // Only an image may be this big: look at its first bytes before reading it all.
      const head = await bytesOf(file.slice(0, 16));
      if (sniffImage(head) === null) {
        return file.type.startsWith("image/")
          ? refuse(NOT_AN_IMAGE)
          : refuse(tooBig(file.size, MAX_TEXT_BYTES, "text files"));
      }
    }
    const bytes = await bytesOf(file);
    const image = sniffImage(bytes);
    if (image !== null) {
      if (bytes.length > MAX_IMAGE_BYTES) {
        return refuse(tooBig(bytes.length, MAX_IMAGE_BYTES, "images"));
      }
      return {
        ok: true,
        file: { name, mime: image, kind: "image", size: bytes.length, data_base64: toBase64(bytes), source: file },
      };
    }
    if (file.type.startsWith("image/")) return refuse(NOT_AN_IMAGE);
    if (!isUtf8Text(bytes)) {
      return refuse("is neither an image (PNG, JPEG, GIF, WebP) nor a text file (code, Markdown, CSV, JSON, plain text).");
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      return refuse(tooBig(bytes.length, MAX_TEXT_BYTES, "text files"));
    }
    return {
      ok: true,
      file: {
        name,
        mime: textMime(file.type),
        kind: "text",
        size: bytes.length,
        data_base64: toBase64(bytes),
        source: file,
      },
    };
  } catch {
    return refuse("could not be read.");
  }
}

/**
 * Reads `files` for a message that already has `existing` attachments: returns the ones taken
 * (within the count limit, no exact duplicates) and a sentence for each one refused.
 */
export async function readFiles(
  files: readonly File[],
  existing: readonly Pick<PendingAttachment, "name" | "data_base64">[],
  nextKey: () => number,
): Promise<{ added: PendingAttachment[]; refused: string[] }> {
  const results = await Promise.all(files.map(readFile));
  const added: PendingAttachment[] = [];
  const refused: string[] = [];
  const taken = [...existing];
  for (const result of results) {
    if (!result.ok) {
      refused.push(result.reason);
      continue;
    }
    const file = result.file;
    if (taken.some((t) => t.name === file.name && t.data_base64 === file.data_base64)) {
      refused.push(`“${file.name}” is already attached.`);
      continue;
    }
    if (taken.length >= MAX_FILES) {
      refused.push(`“${file.name}” was not added: a message can carry at most ${MAX_FILES} files.`);
      continue;
    }
    const pending = { ...file, key: nextKey() };
    added.push(pending);
    taken.push(pending);
  }
  return { added, refused };
}

/** What the backend takes for a pending attachment. */
export function toInput(file: Pick<PendingAttachment, "name" | "mime" | "data_base64">): AttachmentInput {
  return { name: file.name, mime: file.mime, data_base64: file.data_base64 };
}

/** How an attachment about to be sent is shown on the live user message (id: a placeholder). */
export function describeInput(input: AttachmentInput, id: number): Attachment {
  return {
    id,
    name: input.name,
    mime: input.mime,
    kind: sniffImage(fromBase64(input.data_base64.slice(0, 24))) !== null ? "image" : "text",
    size: base64Size(input.data_base64),
  };
}

/**
 * The catalogue model that will answer, when that is known before sending: a pinned model, a
 * one-off model (`override`), or a chosen provider's model that the catalogue lists. Null when
 * the router picks freely (it then picks a model that reads images) or the model is unknown.
 */
export function answeringModel(choice: RoutingChoice, override: string | null, ctx: ChoiceContext): ModelInfo | null {
  const byRef = (ref: string): ModelInfo | null => ctx.models.find((m) => refOf(m) === ref) ?? null;
  if (override !== null && override !== "") return byRef(override);
  if (choice.chosen_provider_id === null) return choice.pinned_model === null ? null : byRef(choice.pinned_model);
  const provider = ctx.providers.find((p) => p.id === choice.chosen_provider_id);
  if (provider === undefined) return null;
  const model = choice.chosen_model ?? provider.default_model;
  let vendor = provider.vendor;
  if (vendor === null) {
    try {
      const host = new URL(provider.base_url).hostname;
      vendor = ctx.vendors.find((v) => v.hosts.includes(host))?.id ?? null;
    } catch {
      vendor = null;
    }
  }
  return vendor === null ? null : (ctx.models.find((m) => m.vendor === vendor && m.id === model) ?? null);
}

// ---- stored attachments' bytes, fetched once per id ------------------------------------------

/** Cached bytes stay under about this many base64 characters (the least recently used go first). */
const CACHE_CHARS = 96 * 1024 * 1024;

type Entry = { promise: Promise<AttachmentData>; data: AttachmentData | null };

/** By attachment id, least recently used first. */
const cache = new Map<number, Entry>();
let cachedChars = 0;

function settled(id: number, entry: Entry, data: AttachmentData): void {
  if (cache.get(id) !== entry) return;
  entry.data = data;
  cachedChars += data.data_base64.length;
  for (const old of cache.keys()) {
    if (cachedChars <= CACHE_CHARS || old === id) break;
    forget(old);
  }
}

function forget(id: number): void {
  cachedChars -= cache.get(id)?.data?.data_base64.length ?? 0;
  cache.delete(id);
}

function touch(id: number, entry: Entry): void {
  cache.delete(id);
  cache.set(id, entry);
}

/** A stored attachment with its bytes: fetched on first use, then served from the cache. */
export function loadAttachment(id: number): Promise<AttachmentData> {
  const hit = cache.get(id);
  if (hit !== undefined) {
    touch(id, hit);
    return hit.promise;
  }
  const entry: Entry = { promise: api.attachment(id), data: null };
  cache.set(id, entry);
  entry.promise.then(
    (data) => settled(id, entry, data),
    // A failed read is not kept: the next look tries again.
    () => {
      if (cache.get(id) === entry) cache.delete(id);
    },
  );
  return entry.promise;
}

/** The bytes of an attachment when they are already cached, else null (nothing is fetched). */
export function cachedAttachment(id: number): AttachmentData | null {
  const hit = cache.get(id);
  if (hit?.data == null) return null;
  touch(id, hit);
  return hit.data;
}

/** Puts bytes the UI already has in the cache (the files of a message being sent). */
export function seedAttachment(data: AttachmentData): void {
  const id = data.attachment.id;
  forget(id);
  const entry: Entry = { promise: Promise.resolve(data), data: null };
  cache.set(id, entry);
  settled(id, entry, data);
}

/** Empties the cache (tests). */
export function forgetAttachments(): void {
  cache.clear();
  cachedChars = 0;
}
