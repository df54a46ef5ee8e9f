import { describe, expect, it } from "vitest";
import {
  MAX_FILES,
  MAX_IMAGE_BYTES,
  MAX_TEXT_BYTES,
  answeringModel,
  base64Size,
  describeInput,
  formatSize,
  readFile,
  readFiles,
  sniffImage,
  textOf,
  toBase64,
} from "./attachments";
import type { ModelInfo, Provider, Vendor } from "./bindings";

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(size: number, name = "shot.png"): File {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEAD);
  return new File([bytes], name, { type: "image/png" });
}

function text(content: string, name = "notes.md", type = "text/markdown"): File {
  return new File([content], name, { type });
}

describe("formatSize", () => {
  it("reads as people say sizes", () => {
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(12 * 1024)).toBe("12 KB");
    expect(formatSize(MAX_TEXT_BYTES)).toBe("512 KB");
    expect(formatSize(MAX_IMAGE_BYTES), "no trailing .0").toBe("5 MB");
    expect(formatSize(1.45 * 1024 * 1024)).toBe("1.4 MB");
  });
});

describe("sniffImage", () => {
  it("recognises the four image types the models accept by their bytes", () => {
    expect(sniffImage(new Uint8Array(PNG_HEAD))).toBe("image/png");
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImage(new TextEncoder().encode("GIF89a..."))).toBe("image/gif");
    expect(sniffImage(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(sniffImage(new TextEncoder().encode("<svg xmlns="))).toBeNull();
    expect(sniffImage(new TextEncoder().encode("BM\0\0"))).toBeNull();
  });
});

describe("readFile", () => {
  it("reads an image as base64, with the type its bytes say", async () => {
    const result = await readFile(new File([new Uint8Array([...PNG_HEAD, 1, 2, 3])], "x.png", { type: "" }));
    expect(result.ok && result.file.kind).toBe("image");
    expect(result.ok && result.file.mime, "from the bytes, not the (missing) declared type").toBe("image/png");
    expect(result.ok && result.file.data_base64).toBe(toBase64(new Uint8Array([...PNG_HEAD, 1, 2, 3])));
    expect(result.ok && result.file.size).toBe(11);
  });

  it("reads UTF-8 text, whatever the system calls its type", async () => {
    const result = await readFile(text("const x = 'é';\n", "main.ts", "video/mp2t"));
    expect(result.ok && result.file.kind).toBe("text");
    expect(result.ok && result.file.mime, "a TypeScript file is not a video").toBe("text/plain");
    expect(result.ok && textOf(result.file.data_base64), "bytes kept exactly").toBe("const x = 'é';\n");
    const csv = await readFile(text("a,b\n1,2\n", "t.csv", "text/csv"));
    expect(csv.ok && csv.file.mime).toBe("text/csv");
    const json = await readFile(text("{}", "t.json", "application/json"));
    expect(json.ok && json.file.mime).toBe("application/json");
  });

  it("refuses an image over 5 MB and text over 512 KB, saying the size and the limit", async () => {
    const big = await readFile(png(MAX_IMAGE_BYTES + 200 * 1024, "huge.png"));
    expect(big.ok ? "" : big.reason).toBe("“huge.png” is 5.2 MB; images can be at most 5 MB.");
    const justOver = await readFile(png(MAX_IMAGE_BYTES + 1, "edge.png"));
    expect(justOver.ok ? "" : justOver.reason, "never 'is 5 MB; at most 5 MB'").toBe(
      "“edge.png” is 5.00 MB; images can be at most 5 MB.",
    );
    const long = await readFile(text("a".repeat(MAX_TEXT_BYTES + 1), "log.txt", "text/plain"));
    expect(long.ok ? "" : long.reason).toBe("“log.txt” is 512.0 KB; text files can be at most 512 KB.");
    const fits = await readFile(png(2 * 1024 * 1024));
    expect(fits.ok, "a 2 MB image is fine").toBe(true);
  });

  it("refuses other images and binary files", async () => {
    const svg = await readFile(text("<svg/>", "logo.svg", "image/svg+xml"));
    expect(svg.ok ? "" : svg.reason).toBe("“logo.svg” is not an image the models accept (PNG, JPEG, GIF or WebP).");
    const pdf = await readFile(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], "a.pdf", { type: "application/pdf" }));
    expect(pdf.ok ? "" : pdf.reason).toMatch(/^“a\.pdf” is neither an image .* nor a text file/);
    const latin1 = await readFile(new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], "old.txt", { type: "text/plain" }));
    expect(latin1.ok, "not UTF-8").toBe(false);
  });
});

describe("readFiles", () => {
  it("takes at most 8 files, refuses duplicates, and keeps the good ones", async () => {
    let key = 0;
    const files = Array.from({ length: MAX_FILES + 1 }, (_, i) => text(`file ${i}`, `f${i}.txt`, "text/plain"));
    const first = await readFiles(files, [], () => ++key);
    expect(first.added.map((f) => f.name)).toEqual(files.slice(0, MAX_FILES).map((f) => f.name));
    expect(first.refused).toEqual(["“f8.txt” was not added: a message can carry at most 8 files."]);

    const again = await readFiles([text("file 0", "f0.txt"), text("fresh", "g.txt"), text("<svg/>", "x.svg", "image/svg+xml")], first.added.slice(0, 2), () => ++key);
    expect(again.added.map((f) => f.name), "the new one is taken").toEqual(["g.txt"]);
    expect(again.refused).toEqual([
      "“f0.txt” is already attached.",
      "“x.svg” is not an image the models accept (PNG, JPEG, GIF or WebP).",
    ]);
    expect(new Set([...first.added, ...again.added].map((f) => f.key)).size, "keys are unique").toBe(MAX_FILES + 1);
  });
});

describe("describeInput", () => {
  it("shows a file about to be sent like a stored one", () => {
    const data = toBase64(new Uint8Array([...PNG_HEAD, 9, 9]));
    expect(describeInput({ name: "a.png", mime: "image/png", data_base64: data }, -3)).toEqual({
      id: -3, name: "a.png", mime: "image/png", kind: "image", size: 10,
    });
    expect(describeInput({ name: "a.md", mime: "text/markdown", data_base64: toBase64(new TextEncoder().encode("# hi")) }, -4).kind).toBe("text");
    expect(base64Size(toBase64(new Uint8Array(7)))).toBe(7);
  });
});

describe("answeringModel", () => {
  const blind: ModelInfo = {
    vendor: "openai", id: "gpt-text", name: "GPT Text", context_window: 1000, max_output: 100,
    price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
    capabilities: { vision: false, tools: false, reasoning: false },
    quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
  };
  const provider: Provider = {
    id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-text", vendor: null,
    local: false, has_key: true, created_at: 1, settings: {},
  };
  const vendors: Vendor[] = [
    { id: "openai", name: "OpenAI", base_url: "https://api.openai.com/v1", hosts: ["api.openai.com"], needs_key: true, tokenizer: "openai" },
  ];
  const ctx = { providers: [provider], models: [blind], vendors };
  const auto = { chosen_provider_id: null, chosen_model: null, pinned_model: null };

  it("knows the model of a pin, a one-off pick or a chosen provider, and nothing under Auto", () => {
    expect(answeringModel(auto, null, ctx), "the router picks one that reads images").toBeNull();
    expect(answeringModel({ ...auto, pinned_model: "openai/gpt-text" }, null, ctx)?.name).toBe("GPT Text");
    expect(answeringModel(auto, "openai/gpt-text", ctx)?.name).toBe("GPT Text");
    expect(answeringModel({ ...auto, chosen_provider_id: 1 }, null, ctx)?.name, "vendor from the host").toBe("GPT Text");
    expect(answeringModel({ ...auto, chosen_provider_id: 1, chosen_model: "other" }, null, ctx)).toBeNull();
  });
});
