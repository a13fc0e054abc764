/*
 * Runs before the first paint (a blocking script in <head>, see docs/decisions/0012-first-paint-and-first-field.md).
 * index.html carries the start page as a first-time visitor sees it in English, rendered at build time, so the
 * page paints before any of the app's script has loaded. This decides whether that copy is the right first
 * screen: only at "/", with no saved answers and English as the language. Otherwise the copy is hidden
 * (html[data-prerender=off]) and the app draws the screen itself, as before.
 * Until the app has taken the page over (main.tsx):
 * - "Start a full plan" or "Start a quick check" shows the first form at once, from its copy in
 *   <template id="first-form">. Its fields work as they are; the app takes over what was typed into them.
 * - Any other click is held and replayed once the app has taken over, so an early click is never lost.
 * - The forms' script files are asked for once that form is on screen, or at once for saved answers, rather than
 *   when the app's script has run.
 * It also starts the app's own script (startApp): after the start page has painted, or once the page is parsed
 * where the start page is not shown; and it leaves the start page's lower part and the footer out of the first paint
 * (html[data-below-fold=later], see styles.css) until that paint has been reported.
 * The storage keys must match src/store/persist-keys.ts and src/i18n/locale.ts (tested in src/app/prerender.test.ts).
 */
(function () {
  var html = document.documentElement;
  function hasSavedAnswers() {
    try {
      return localStorage.getItem('stem-teacher-leadership-planner') !== null;
    } catch {
      return false;
    }
  }
  function startPageApplies() {
    try {
      if (location.pathname !== '/' || location.search !== '') return false;
      if (hasSavedAnswers()) return false;
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

  /** The forms' script files (listed in a meta tag at build time), asked for ahead of the app's own request. */
  var formsPreloaded = false;
  function preloadForms() {
    if (formsPreloaded) return;
    formsPreloaded = true;
    var list = document.querySelector('meta[name="first-form-chunks"]');
    var files = list ? list.getAttribute('content').split(' ') : [];
    for (var i = 0; i < files.length; i++) {
      if (!files[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = ''; // as Vite's own module preloads, so the app's import reuses this download
      link.href = files[i];
      document.head.appendChild(link);
    }
  }

  function afterNextFrame(then) {
    requestAnimationFrame(function () {
      setTimeout(then, 0);
    });
  }

  /**
   * Once the browser reports the start page's first contentful paint (a frame or two after it is drawn), or after ten
   * frames without it. Called once the page is parsed, so its content is there to paint.
   */
  function afterFirstPaint(then, framesLeft) {
    if (framesLeft === undefined) framesLeft = 10;
    if (performance.getEntriesByName('first-contentful-paint').length > 0 || framesLeft === 0) return then();
    afterNextFrame(function () {
      afterFirstPaint(then, framesLeft - 1);
    });
  }

  /**
   * The app's script (listed in a meta tag at build time; index.html only preloads it). Run once the page is parsed,
   * as a module script in the page would be, and for the prerendered start page only once that has painted: left to
   * the browser, evaluating it (hundreds of milliseconds on a slow laptop) could come before the first paint.
   */
  var appStarted = false;
  function startApp() {
    if (appStarted) return;
    appStarted = true;
    var entry = document.querySelector('meta[name="app-entry"]');
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.getAttribute('content');
    document.head.appendChild(script);
  }
  function whenParsed(then) {
    if (document.readyState !== 'loading') then();
    else document.addEventListener('DOMContentLoaded', then);
  }

  var early = { applies: startPageApplies(), clicked: null, startMode: null, formShown: false, takenOver: false };
  window.__startPageEarly = early;
  if (!early.applies) {
    // Saved answers usually mean straight back to a form (main.tsx loads it at once too).
    if (hasSavedAnswers()) preloadForms();
    html.setAttribute('data-prerender', 'off');
    whenParsed(startApp);
    return;
  }
  // The start page's lower part and the footer wait until the first paint is reported (styles.css, .start-page__later).
  html.setAttribute('data-below-fold', 'later');
  whenParsed(function () {
    afterFirstPaint(function () {
      html.removeAttribute('data-below-fold');
      // A start button clicked already: the form's copy first, then the app (its evaluation would hold the copy up).
      if (!early.startMode || early.formShown) startApp();
    });
  });

  /** Today as the date field's value (YYYY-MM-DD, local), as the app's blank form has it (todayIso in form-values.ts). */
  function today() {
    var now = new Date();
    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  }

  var formShownAt = 0;
  /** The first form in place of the start page, as the app would draw it, focused on its heading. */
  function showFirstForm(root) {
    var template = document.getElementById('first-form');
    if (!template || !template.content || !template.content.firstChild) return false;
    // The first date field a page lays out costs Chromium its locale data and calendar icon: 120–200 ms at 4× on
    // a cold load. This one is far below the fold, so the build writes it as a text field (dateFieldsAsText in
    // prerender.tsx) and it becomes a date field once the copy has painted (same value; too far down to be seen).
    var dates = template.content.querySelectorAll('input[data-date-field]');
    for (var i = 0; i < dates.length; i++) if (!dates[i].value) dates[i].defaultValue = today();
    // Moved, not cloned: it is shown once, and a trace at 4× spent 68 ms copying its inputs.
    root.replaceChildren(template.content);
    root.setAttribute('data-prerendered', 'first-form');
    afterNextFrame(function () {
      for (var j = 0; j < dates.length; j++) {
        dates[j].type = 'date';
        dates[j].removeAttribute('data-date-field');
      }
    });
    early.formShown = true;
    formShownAt = Date.now();
    window.scrollTo(0, 0);
    var heading = root.querySelector('main h1');
    if (heading) heading.focus();
    return true;
  }

  function hold(element) {
    early.clicked = element;
    html.setAttribute('data-boot', 'pending');
  }

  document.addEventListener(
    'click',
    function (event) {
      if (early.takenOver) return;
      var target = event.target instanceof Element ? event.target.closest('button, a, summary, label, input') : null;
      var root = target ? target.closest('#root') : null;
      if (!root) return;
      // The second click of a double-click on the start button would land on whatever field is now under it.
      var secondOfDouble = early.formShown && event.detail > 1 && Date.now() - formShownAt < 1000;
      if (early.formShown && !secondOfDouble && target.matches('label, input')) return; // the form's fields work as they are
      event.preventDefault();
      event.stopPropagation();
      if (secondOfDouble) return;
      // Once the app is drawing its first screen (it may be adopting this very start page), a start button is held
      // like any other click and pressed again when the app has taken over: the copy would pull the page from under it.
      var mode = early.formShown || early.appDrawing ? null : target.getAttribute('data-start-mode');
      if (mode) {
        // The app opens the first form for this mode when it takes over, if the copy has not been shown by then.
        early.startMode = mode;
        var showWhenParsed = function () {
          // The app has opened the form itself, or a second click already showed the copy.
          if (!early.startMode || early.takenOver || early.formShown) return;
          if (!document.getElementById('first-form') && document.readyState === 'loading') {
            afterNextFrame(showWhenParsed); // the copy is not parsed yet
            return;
          }
          // Once the form is on screen: compiling and running these earlier would slow drawing it on a busy laptop.
          if (showFirstForm(root)) {
            afterNextFrame(function () {
              preloadForms();
              startApp();
            });
          } else {
            preloadForms();
            startApp();
            html.setAttribute('data-boot', 'pending');
          }
        };
        // A page cannot be clicked before it shows, except by a script: the start page is drawn first all the same.
        if (performance.getEntriesByName('first-contentful-paint').length > 0) showWhenParsed();
        else afterNextFrame(showWhenParsed);
        return;
      }
      hold(target);
    },
    true,
  );
  // Enter in a field of the form: the app submits it once it has taken over.
  document.addEventListener(
    'submit',
    function (event) {
      if (early.takenOver || !(event.target instanceof Element) || !event.target.closest('#root')) return;
      event.preventDefault();
      hold(event.submitter || event.target.querySelector('[type="submit"]'));
    },
    true,
  );
})();
