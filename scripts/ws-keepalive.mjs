// Both WebSocket services of `npm start` (the HTTP bridge, the relay) must notice a peer that vanished without a
// close, as a phone does when it leaves the Wi-Fi: each socket is pinged every interval, and one that has not
// answered the previous ping is terminated (its 'close' handler then cleans up as for any close).

/**
 * Starts pinging; `watch(socket)` adds a socket (it leaves on its own close), `stop()` ends it all. A socket whose
 * reading we paused cannot answer, so it is skipped: the service's own bound on stalled readers decides for it.
 */
export function createKeepAlive(intervalMs) {
  /** socket -> whether it answered since the last ping */
  const answered = new Map();
  const timer = setInterval(() => {
    for (const [socket, alive] of answered) {
      if (socket.isPaused) continue;
      if (!alive) {
        answered.delete(socket);
        socket.terminate();
        continue;
      }
      answered.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return {
    watch(socket) {
      answered.set(socket, true);
      socket.on('pong', () => {
        if (answered.has(socket)) answered.set(socket, true);
      });
      socket.on('close', () => answered.delete(socket));
    },
    stop() {
      clearInterval(timer);
      answered.clear();
    },
  };
}
