// Page texts for scripts: the template puts each message on an element as data-text-<key>
// (the Content-Security-Policy allows no inline script, so no JSON block), in the page's
// language; {0}, {1}, … are filled in here.

/** A function (key, ...args) → text reading element's data-text-* attributes. */
export function texts(element) {
  return (key, ...args) => {
    const template = element.dataset[`text${key[0].toUpperCase()}${key.slice(1)}`];
    if (template === undefined) return key;
    return template.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole));
  };
}
