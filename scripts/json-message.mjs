// The WebSocket services of `npm start` (the HTTP bridge, the relay) take control messages as JSON text from pages
// nobody vouches for: each starts by narrowing a frame to a plain object, here, then checks its own fields.

/** The frame's JSON as a plain object, or null for binary frames, bad JSON, arrays and other values. */
export function parseJsonObject(data, isBinary = false) {
  if (isBinary) return null;
  let message;
  try {
    message = JSON.parse(String(data));
  } catch {
    return null;
  }
  return typeof message === 'object' && message !== null && !Array.isArray(message) ? message : null;
}
