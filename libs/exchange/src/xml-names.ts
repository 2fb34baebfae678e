/* XML name rules the exchange format relies on: identifiers are xs:ID, i.e. NCNames. */
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF' +
  '\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// Combining marks are legal NCName characters (not the start), which the lint rule cannot know.
// eslint-disable-next-line no-misleading-character-class
const NCNAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`);
// eslint-disable-next-line no-misleading-character-class
const NOT_NAME_CHAR = new RegExp(`[^${NAME_CHAR}]`, 'g');

export function isNcName(value: string): boolean {
  return NCNAME.test(value);
}

/**
 * The identifier written for a Kartasto id. Ids that already are NCNames stay as they are (so
 * identifiers survive a round trip); others (a UUID starting with a digit) get an "id-" prefix and
 * lose characters XML forbids. The mapping is deterministic, so references stay consistent.
 */
export function toXmlId(id: string): string {
  if (isNcName(id)) return id;
  const cleaned = id.replace(NOT_NAME_CHAR, '_');
  return `id-${cleaned}`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\t': '&#9;',
  '\n': '&#10;',
};

// Characters XML 1.0 cannot carry at all (C0 controls other than TAB, LF, CR; lone surrogates).
const FORBIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape character data. CR is kept as a character reference so it survives parsing. */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN_CHARS, '').replace(/[&<>\r]/g, (c) => XML_ESCAPES[c]);
}

/** Escape an attribute value; TAB/LF/CR as references because parsers normalise them to spaces. */
export function escapeAttribute(value: string): string {
  return value.replace(FORBIDDEN_CHARS, '').replace(/[&<>"\r\n\t]/g, (c) => XML_ESCAPES[c]);
}
