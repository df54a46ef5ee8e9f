// The webview's state, split by domain, and the one place that wires the stores together.
//
// Data flow: components call methods of the store of their domain; methods call the typed IPC
// wrappers in api.ts and replace state immutably ($state.raw), so every change is a new object
// that Svelte can track cheaply. A store reaches another only through the references given to
// its constructor here (so a test can build one with fakes): the ones below it directly, and
// the few built after it (the open conversation, the turn in flight) through a function that
// returns them, called only once everything is built.
//
// Which store holds what:
//  - notices: the notice bar, the status toast, deletions waiting for Undo;
//  - navigation: the screen shown, Settings tab, shortcut sheet, requests between screens;
//  - engine: the backend's status, the recovery screen's cause, the first load;
//  - catalogue: models, routes, vendors and provider presets;
//  - defaults: what a new chat starts with;
//  - providers: the user's providers and the routing pickers' context;
//  - conversations: the sidebar's list and deleting conversations;
//  - open (`chat`): the open conversation, paged, with its branches, routing and budget;
//  - turns: the turn in flight, from send to the database's copy.

import type { Conversation } from "../bindings";
import { Catalogue } from "./catalogue.svelte";
import { Conversations } from "./conversations.svelte";
import { Defaults } from "./defaults.svelte";
import { Engine } from "./engine.svelte";
import { Navigation } from "./navigation.svelte";
import { Notices } from "./notices.svelte";
import { OpenConversation } from "./open.svelte";
import { Providers } from "./providers.svelte";
import { Turns } from "./turns.svelte";

export type { SettingsTab, View } from "./navigation.svelte";
export type { Target, Turn } from "./turns.svelte";

/** A whole set of stores, wired; the app has one (below), a test may build its own. */
export function createStores() {
  const notices = new Notices();
  const navigation = new Navigation();
  const engine = new Engine({ notices });
  const catalogue = new Catalogue({ notices });
  const providers = new Providers({ catalogue, notices });
  const defaults = new Defaults({ notices, newChat: () => chat });
  const conversations = new Conversations({ notices, navigation, open: () => chat, turns: () => turns });
  const chat: OpenConversation = new OpenConversation({
    notices,
    navigation,
    providers,
    defaults,
    conversations,
    inFlight: () => turns,
  });
  const turns: Turns = new Turns({ notices, navigation, providers, conversations, open: chat });

  /** The first load: everything the screens show at start-up, read side by side; the list's
   * head may be read already (`first.conversations`, by the boot frame: lib/bootList.ts). */
  async function init(first: { conversations?: Promise<Conversation[]> | null } = {}): Promise<void> {
    const timed = (name: string, load: Promise<void>) => load.finally(() => performance.mark(`sb:${name}`));
    const loaded = Promise.all([
      timed("status", engine.loadStatus()),
      timed("providers", providers.refresh()),
      timed("conversations", conversations.load(first.conversations ?? null)),
      timed("catalogue", catalogue.load()),
      timed("defaults", defaults.load()),
      timed("presets", catalogue.loadPresets()),
    ]);
    void engine.watchStart(loaded);
    await loaded;
    engine.loaded = true;
  }

  return { notices, navigation, engine, catalogue, defaults, providers, conversations, chat, turns, init };
}

export type Stores = ReturnType<typeof createStores>;

export const stores = createStores();
export const { notices, navigation, engine, catalogue, defaults, providers, conversations, chat, turns } = stores;
