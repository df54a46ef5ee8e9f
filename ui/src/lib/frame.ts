// "After the next frame is painted": a task queued from a frame's callback runs after that
// frame's paint. Used to show something first and do the rest after (start-up, an opened
// conversation's first frame, code highlighted after the text). Plain code: main.ts uses it
// before the app's code is loaded.

/** Runs `task` once the next frame is painted; returns a function that cancels it. */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
