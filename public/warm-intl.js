// A classic async script with no imports (public/: served as is, not bundled). It runs as soon as it has
// arrived, while the console's modules are still downloading and the page's thread is idle: the first
// Intl.DateTimeFormat of a page loads ICU's date data (12 ms on an idle machine, over 30 under load), which
// the browse page's first rows and the credentials indicator would otherwise pay between the listing's
// answer and the first row. Any later format, in any language and style, then costs under a millisecond.
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(0);
new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(1.5);
