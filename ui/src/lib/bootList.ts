// The conversation list drawn into the boot frame (index.html) before the app's code has
// loaded. The entry script (main.ts) asks for the list's head at once and draws its first rows
// into the frame's sidebar as the app's Sidebar lays them out (pinned first, then the others
// newest first; sidebar.css styles both), so the list shows about when a bare window's first
// page would, instead of after the app's code (60-90 ms to evaluate), its mount and its first
// render. The app takes over when it mounts (start.ts): it uses this read rather than reading
// again, and opens the conversation clicked meanwhile.
// Invariants: titles go in as text, never as HTML; nothing is drawn once the app has taken
// over; a failed read draws nothing (the app reports it, as its own read would).

import { listConversations } from "./api";
import type { Conversation } from "./bindings";
import { groupConversations, HEAD, listedTitle } from "./conversations";
import { FIRST_ROWS } from "./listWindow";
import { relativeTime } from "./time";

/** What the boot frame hands the app when it mounts. */
export type BootHandover = {
  /** The first read of the list's head, or null when none was asked for. */
  head: Promise<Conversation[]> | null;
  /** The conversation clicked in the boot frame, for the app to open. */
  chosen: number | null;
  /** How far the boot frame's list was scrolled, for the app's list to stay there. */
  scrollTop: number;
};

/** The boot frame's list: `draw` (main.ts) asks for the head and draws it, `takeOver` (start.ts)
 * hands the app what was read and chosen. The page has one (`bootList`); a test builds its own. */
export function createBootList() {
  let head: Promise<Conversation[]> | null = null;
  let chosen: number | null = null;
  let takenOver = false;
  let drawnInto: Element | null = null;

  /** A click on a row before the app has mounted: remembered, and shown as the open one. */
  function choose(nav: Element, event: Event): void {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>("li.conv") : null;
    if (row === null || takenOver) return;
    chosen = Number(row.dataset.conversationId);
    for (const other of nav.querySelectorAll(".conv.active")) other.classList.remove("active");
    row.classList.add("active");
  }

  return {
    /** Asks for the list's head and draws it into `nav` (the boot frame's list) when it comes,
     * unless the app has taken over by then. Resolves true once drawn, false when there is
     * nothing to draw (the read failed, or the app took over); never rejects. */
    draw(nav: Element | null, now: () => number): Promise<boolean> {
      const read = listConversations(HEAD);
      head = read;
      drawnInto = nav;
      nav?.addEventListener("click", (event) => choose(nav, event));
      return read
        .then((list) => {
          if (takenOver || nav === null) return false;
          drawRows(nav, list, now());
          return true;
        })
        .catch(() => false);
    },

    /** The app takes over from the boot frame: what was read and chosen there. */
    takeOver(): BootHandover {
      takenOver = true;
      return { head, chosen, scrollTop: drawnInto?.scrollTop ?? 0 };
    },
  };
}

export const bootList = createBootList();

/** Draws the list's first rows as the app's Sidebar does when it first shows `list` (the head
 * of the list, which is all of it when shorter than `HEAD`). */
function drawRows(nav: Element, list: readonly Conversation[], now: number): void {
  const { pinned, recent, archived } = groupConversations(list);
  const complete = list.length < HEAD;
  const parts: Node[] = [];
  if (pinned.length > 0) {
    parts.push(groupTitle("Pinned"), rows(pinned, now));
    if (recent.length > 0) parts.push(groupTitle("Recent"));
  }
  if (pinned.length + recent.length + archived.length > 0) parts.push(rows(recent.slice(0, FIRST_ROWS), now));
  if (pinned.length + recent.length === 0 && archived.length > 0 && complete) {
    parts.push(element("p", "sidebar-empty", "Every conversation is archived."));
  }
  if (archived.length > 0) parts.push(archivedToggle(complete ? ` (${archived.length})` : ""));
  nav.replaceChildren(...parts);
  performance.mark("sb:boot-list");
}

function groupTitle(text: string): HTMLElement {
  const title = document.createElement("h2");
  title.className = "group-title";
  title.textContent = text;
  return title;
}

function rows(list: readonly Conversation[], now: number): HTMLElement {
  const ul = document.createElement("ul");
  for (const c of list) {
    const title = element("span", "conv-title");
    if (c.pinned && !c.archived) title.append(pinMark());
    title.append(listedTitle(c));
    const open = element("button", "conv-open");
    open.setAttribute("type", "button");
    open.dataset.testid = "boot-conversation-item";
    open.append(title, element("span", "conv-time", relativeTime(c.updated_at, now)));
    const li = element("li", "conv");
    li.dataset.conversationId = String(c.id);
    li.append(open);
    ul.append(li);
  }
  return ul;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** "Archived (n)", closed; `count` is empty until the whole list is read, as in the app. */
function archivedToggle(count: string): HTMLElement {
  const toggle = element("button", "archived-toggle");
  toggle.setAttribute("type", "button");
  toggle.setAttribute("aria-expanded", "false");
  const chevron = element("span", "archived-chevron");
  chevron.append(icon("M9 6l6 6-6 6"));
  toggle.append(chevron, `Archived${count}`);
  return toggle;
}

function pinMark(): HTMLElement {
  const mark = element("span", "conv-pin");
  mark.append(icon("M9 4h6l-1 6 3 3v2H7v-2l3-3-1-6zM12 15v5"));
  return mark;
}

/** A 12-px icon drawn as components/common/Icon.svelte draws it, from its path. */
function icon(d: string): SVGElement {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const attributes = {
    width: "0.75rem", height: "0.75rem", viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": "2",
    "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", focusable: "false",
  };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}
