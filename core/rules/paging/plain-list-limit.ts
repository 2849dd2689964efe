/** Plain-array lists (`my_sessions/`, `monthly_sessions/`, ...) hold at most this many items. */
export const PLAIN_LIST_LIMIT = 100;
