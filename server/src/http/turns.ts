/**
 * Heavy requests give the event loop back between their engine searches, so that other
 * requests (a widget's keystroke, /healthz) are answered while they run.
 */

/** Lets the event loop run what waits (other requests, I/O) before going on. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs tasks one at a time, each after a turn of the event loop: however many heavy
 * requests are in flight, the loop is never held longer than one search at a stretch.
 */
export function takingTurns() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(yieldToEventLoop).then(task);
    last = run.catch(() => undefined);
    return run;
  };
}
