/**
 * The attributes through which the `client:playground` directive and the island talk about what
 * the reader did before the island was live. Both import them; the directive is inlined into
 * every playground page, so this module stays constants only, with no imports.
 */

/** On the island element: the reader touched the playground before it was live (warm a Worker at once). */
export const TOUCHED_ATTRIBUTE = 'data-pg-touched';

/** On the island element: Run was asked for before the island was live; the island runs once live and removes it. */
export const PENDING_RUN_ATTRIBUTE = 'data-pg-pending-run';

/** On the Run button, so the directive can tell a click on Run from any other click. */
export const RUN_BUTTON_ATTRIBUTE = 'data-pg-run';
