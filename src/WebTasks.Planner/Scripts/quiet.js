(() => {
  // Installed before the page's own scripts when the planner opens a page: whether the page has gone quiet, so the
  // planner looks as soon as the content is there rather than after a fixed wait. Busy while a fetch or XHR is out, a
  // timer of a second or less is due, or the DOM changed in the last 150 ms.
  if (window.__webtasksQuiet) return;
  let pending = 0;
  let last = performance.now();
  const busy = () => { last = performance.now(); };
  const timers = new Set();
  const setTimer = window.setTimeout;
  const clearTimer = window.clearTimeout;
  window.setTimeout = function (callback, ms, ...args) {
    if (typeof callback !== 'function' || Number(ms || 0) > 1000) return setTimer.call(window, callback, ms, ...args);
    const id = setTimer.call(window, (...given) => { timers.delete(id); busy(); callback(...given); }, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return clearTimer.call(window, id); };
  const fetchOriginal = window.fetch;
  if (fetchOriginal) {
    window.fetch = function (...args) {
      pending++;
      busy();
      return fetchOriginal.apply(this, args).finally(() => { pending--; busy(); });
    };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    pending++;
    busy();
    this.addEventListener('loadend', () => { pending--; busy(); }, { once: true });
    return send.apply(this, args);
  };
  new MutationObserver(busy).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__webtasksQuiet = () => document.readyState === 'complete' && pending === 0 && timers.size === 0 && performance.now() - last >= 150;
})();
