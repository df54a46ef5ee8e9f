// The fake Tauri backend that the UI's tests run against: `invoke` answers from per-command
// handlers the test sets and records every call; `Channel` is inert (tests deliver events by
// calling `onmessage`). Use it with
//   vi.mock("@tauri-apps/api/core", async () => (await import("<path>/test/fakeBackend")).fakeCore);
// and import `backend` from the same module: the mock and the test then share one instance.

export type Handler = (args: Record<string, unknown>) => unknown;

export const backend = {
  handlers: new Map<string, Handler>(),
  calls: [] as Array<{ command: string; args: Record<string, unknown> }>,
};

export const fakeCore = {
  invoke: async (command: string, args: Record<string, unknown> = {}) => {
    backend.calls.push({ command, args });
    const handler = backend.handlers.get(command);
    if (handler === undefined) throw { code: "internal", message: `no fake for ${command}` };
    return handler(args);
  },
  Channel: class {
    onmessage: (event: unknown) => void = () => {};
  },
};
