// A classic async script with no imports (public/: served as is, not bundled). It runs as soon as it has
// arrived, while the console's modules are still downloading and the page's thread is idle:
// 1. It asks for /console-config.json (where the broker is), the first of the two requests the first screen
//    waits for; the entry takes this response (app/connection/early-bootstrap.ts) instead of asking again,
//    and reads and checks it as always (src/sts/console-config.ts).
// 2. It makes the page's first Intl.DateTimeFormat: that loads ICU's date data (12 ms on an idle machine,
//    over 30 under load), which the first rows and the credentials indicator would otherwise pay between
//    the listing's answer and the first row. Any later format, in any language, costs under a millisecond.
self.__consoleBootstrap = fetch('/console-config.json', {
  cache: 'no-store',
  headers: { Accept: 'application/json' },
});
// an unhandled failure here is the entry's to see: it asks again and explains (never a console error here)
self.__consoleBootstrap.catch(function () {});
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(0);
new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(1.5);
