/*
 * Runs before the first paint (a blocking script in <head>, see docs/decisions/0012-first-paint-and-first-field.md).
 * index.html carries the start page as a first-time visitor sees it in English, rendered at build time, so the
 * page paints before any of the app's script has loaded. This decides whether that copy is the right first
 * screen: only at "/", with no saved answers and English as the language. Otherwise the copy is hidden
 * (html[data-prerender=off]) and the app draws the screen itself, as before.
 * A click on the copy before the app has taken it over is held and replayed once it has (main.tsx), so an
 * early click is never lost. The storage keys must match src/store/persist-keys.ts and src/i18n/locale.ts
 * (tested in src/app/prerender.test.ts).
 */
(function () {
  var html = document.documentElement;
  function startPageApplies() {
    try {
      if (location.pathname !== '/' || location.search !== '') return false;
      if (localStorage.getItem('stem-teacher-leadership-planner') !== null) return false;
      var saved = localStorage.getItem('stem-teacher-leadership-planner:locale');
      if (saved) return saved === 'en';
      var languages = navigator.languages || [];
      for (var i = 0; i < languages.length; i++) {
        var base = String(languages[i]).toLowerCase().split('-')[0];
        if (base === 'en') return true;
        if (base === 'es') return false;
      }
      return true;
    } catch {
      return false; // blocked storage: the app explains it, on a screen of its own
    }
  }
  var early = { applies: startPageApplies(), clicked: null, takenOver: false };
  window.__startPageEarly = early;
  if (!early.applies) {
    html.setAttribute('data-prerender', 'off');
    return;
  }
  document.addEventListener(
    'click',
    function (event) {
      if (early.takenOver) return;
      var target = event.target instanceof Element ? event.target.closest('button, a, summary, label, input') : null;
      if (!target || !target.closest('#root')) return;
      event.preventDefault();
      event.stopPropagation();
      early.clicked = target;
      html.setAttribute('data-boot', 'pending');
    },
    true,
  );
})();
