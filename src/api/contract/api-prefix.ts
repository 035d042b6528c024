/** Every route of the API sits under this prefix (routes.ts re-exports it). A module of its own, with
 * no schema in it, so the app's HTTP and socket code can name it without bundling zod. */
export const API_PREFIX = '/api/v1'
