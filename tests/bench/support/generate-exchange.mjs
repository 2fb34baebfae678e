// Writes a large ArchiMate exchange file for the import/export benchmark, by plain string
// building (fast, and independent of the writer under test). Elements come in blocks of
// VIEW_SIZE; view v shows block v, and every relationship joins two elements of one block, so
// each view can draw about VIEW_SIZE connections. Names and documentation in fi + en,
// properties on elements and relationships, a folder tree, styles, bendpoints and nesting.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { api } from './bench-db.mjs';
import { FINNISH_WORDS as FI } from './vocabulary.mjs';

const { allowedRelationships } = api('../../../libs/metamodel/src/index.js');

const ELEMENT_TYPES = [
  'BusinessActor',
  'BusinessRole',
  'BusinessProcess',
  'BusinessService',
  'BusinessObject',
  'ApplicationComponent',
  'ApplicationService',
  'ApplicationInterface',
  'DataObject',
  'Node',
  'SystemSoftware',
  'TechnologyService',
  'Goal',
  'Requirement',
  'Capability',
];
const PREFERRED = [
  'Serving',
  'Realization',
  'Assignment',
  'Flow',
  'Triggering',
  'Access',
  'Influence',
  'Composition',
];
const EN = [
  'customer',
  'patient',
  'service',
  'data',
  'register',
  'booking',
  'billing',
  'care',
  'social',
  'finance',
  'staff',
  'storage',
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A relationship type ArchiMate allows from `s` to `t`, preferring the common ones. */
function relationshipType(s, t, cache) {
  const key = `${s}>${t}`;
  let type = cache.get(key);
  if (!type) {
    const allowed = new Set(allowedRelationships(s, t));
    type = PREFERRED.find((p) => allowed.has(p)) ?? 'Association';
    cache.set(key, type);
  }
  return type;
}

/**
 * Writes the file and returns what it holds. Counts: `elements` (a multiple of `viewSize`),
 * `relationships`, `views` (at most elements / viewSize). `idPrefix` goes before every element,
 * relationship, view, node and connection identifier (Archi writes "id-" and 32 hex digits).
 */
export async function generateExchange(
  path,
  { elements = 50_000, relationships = 100_000, views = 1_000, viewSize = 50, idPrefix = '' } = {},
) {
  const p = idPrefix;
  const out = createWriteStream(path);
  let buffer = '';
  const write = async (s) => {
    buffer += s;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  };
  const typeOf = (i) => ELEMENT_TYPES[(i * 7 + Math.floor(i / viewSize)) % ELEMENT_TYPES.length];
  // Relationship i joins element i % elements to another element of the same block.
  const ends = (i) => {
    const s = i % elements;
    const block = s - (s % viewSize);
    const round = Math.floor(i / elements);
    const t = block + (((s % viewSize) + 1 + round * 7) % viewSize);
    return [s, t === s ? block + ((t - block + 1) % viewSize) : t];
  };
  const cache = new Map();

  await write(`<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="bench-model">
  <name xml:lang="fi">Suuri vertailumalli</name>
  <name xml:lang="en">Large benchmark model</name>
  <documentation xml:lang="fi">Kartaston suorituskykytestin malli</documentation>
  <properties>
    <property propertyDefinitionRef="pd-owner"><value xml:lang="fi">Tietohallinto</value></property>
  </properties>
  <elements>
`);
  for (let i = 0; i < elements; i++) {
    const w = i % FI.length;
    let x = `    <element identifier="${p}e${i}" xsi:type="${typeOf(i)}">
      <name xml:lang="fi">${esc(FI[w])}järjestelmä ${i}</name>
      <name xml:lang="en">${EN[w]} system ${i}</name>
`;
    if (i % 2 === 0)
      x += `      <documentation xml:lang="fi">Kuvaus: ${FI[(i >> 3) % FI.length]} &amp; ${FI[(i >> 5) % FI.length]}, rivi ${i}</documentation>
      <documentation xml:lang="en">Description of ${EN[w]} ${i}</documentation>
`;
    x += `      <properties>
        <property propertyDefinitionRef="pd-owner"><value xml:lang="fi">Yksikkö ${i % 40}</value><value xml:lang="en">Unit ${i % 40}</value></property>
        <property propertyDefinitionRef="pd-cost"><value>${(i * 37) % 100_000}</value></property>
      </properties>
    </element>
`;
    await write(x);
  }
  await write('  </elements>\n  <relationships>\n');
  for (let i = 0; i < relationships; i++) {
    const [s, t] = ends(i);
    const type = relationshipType(typeOf(s), typeOf(t), cache);
    const extra =
      type === 'Access'
        ? ' accessType="Read"'
        : type === 'Influence'
          ? ' modifier="+"'
          : type === 'Association'
            ? ' isDirected="true"'
            : '';
    let x = `    <relationship identifier="${p}r${i}" xsi:type="${type}" source="${p}e${s}" target="${p}e${t}"${extra}`;
    if (i % 3 === 0) {
      x += `>
      <name xml:lang="fi">käyttää ${i}</name>
      <name xml:lang="en">uses ${i}</name>
`;
      if (i % 6 === 0)
        x += `      <properties>
        <property propertyDefinitionRef="pd-owner"><value xml:lang="fi">Omistaja ${i % 17}</value></property>
      </properties>
`;
      x += '    </relationship>\n';
    } else x += '/>\n';
    await write(x);
  }
  await write('  </relationships>\n  <organizations>\n');
  // One folder per element type, sub-folders of 1,000 members; relationships and views in theirs.
  const byType = new Map();
  for (let i = 0; i < elements; i++) {
    const list = byType.get(typeOf(i)) ?? [];
    list.push(`${p}e${i}`);
    byType.set(typeOf(i), list);
  }
  const folder = async (id, fi, en, members) => {
    await write(
      `    <item identifier="${id}">\n      <label xml:lang="fi">${esc(fi)}</label>\n      <label xml:lang="en">${en}</label>\n`,
    );
    for (let p = 0; p < members.length; p += 1000) {
      await write(
        `      <item identifier="${id}-${p / 1000}">\n        <label xml:lang="fi">Osa ${p / 1000 + 1}</label>\n`,
      );
      let x = '';
      for (const m of members.slice(p, p + 1000)) x += `        <item identifierRef="${m}"/>\n`;
      await write(x + '      </item>\n');
    }
    await write('    </item>\n');
  };
  for (const [type, members] of byType)
    await folder(`f-${type}`, `Kansio ${type}`, `Folder ${type}`, members);
  await folder(
    'f-rel',
    'Suhteet',
    'Relations',
    Array.from({ length: relationships }, (_, i) => `${p}r${i}`),
  );
  await folder(
    'f-views',
    'Näkymät',
    'Views',
    Array.from({ length: views }, (_, v) => `${p}v${v}`),
  );
  await write(`  </organizations>
  <propertyDefinitions>
    <propertyDefinition identifier="pd-owner" type="string"><name xml:lang="fi">Omistaja</name><name xml:lang="en">Owner</name></propertyDefinition>
    <propertyDefinition identifier="pd-cost" type="currency"><name xml:lang="fi">Kustannus</name><name xml:lang="en">Cost</name></propertyDefinition>
  </propertyDefinitions>
  <views>
    <diagrams>
`);
  // Relationships whose ends lie in block b, by block, for the connections of view b.
  const inBlock = new Map();
  for (let i = 0; i < relationships; i++) {
    const [s, t] = ends(i);
    const b = Math.floor(s / viewSize);
    const list = inBlock.get(b) ?? [];
    if (list.length < viewSize) list.push([i, s, t]);
    inBlock.set(b, list);
  }
  let nodeCount = 0;
  let connectionCount = 0;
  for (let v = 0; v < views; v++) {
    const first = v * viewSize;
    let x = `      <view identifier="${p}v${v}" xsi:type="Diagram"${v % 4 === 0 ? ' viewpoint="Application Cooperation"' : ''}>
        <name xml:lang="fi">Näkymä ${v}</name>
        <name xml:lang="en">View ${v}</name>
        <documentation xml:lang="fi">Näkymän ${v} kuvaus</documentation>
`;
    const node = (k, ax, ay, w, h, body = '') =>
      `        <node identifier="${p}v${v}-n${k}" xsi:type="Element" elementRef="${p}e${first + k}" x="${ax}" y="${ay}" w="${w}" h="${h}">
          <style lineWidth="1"><lineColor r="92" g="92" b="92"/><fillColor r="181" g="255" b="255" a="100"/><font name="Segoe UI" size="9"><color r="0" g="0" b="0"/></font></style>
${body}        </node>
`;
    const at = (k) => [20 + (k % 10) * 160, 20 + Math.floor(k / 10) * 100];
    // Node 0 is a big box holding nodes 1 and 2 (coordinates in the file are absolute).
    const nested = (node(1, 40, 60, 120, 55) + node(2, 180, 60, 120, 55)).replace(/^/gm, '  ');
    x += node(0, 20, 20, 300, 140, nested);
    for (let k = 3; k < viewSize; k++) x += node(k, at(k + 2)[0], at(k + 2)[1] + 100, 120, 55);
    if (v > 0 && v % 10 === 0)
      x += `        <node identifier="${p}v${v}-ref" xsi:type="Label" x="20" y="620" w="200" h="40">
          <label xml:lang="fi">Katso näkymä ${v - 1}</label>
          <viewRef ref="${p}v${v - 1}"/>
        </node>
`;
    nodeCount += viewSize + (v > 0 && v % 10 === 0 ? 1 : 0);
    for (const [i, s, t] of inBlock.get(v) ?? []) {
      x += `        <connection identifier="${p}v${v}-c${i}" xsi:type="Relationship" relationshipRef="${p}r${i}" source="${p}v${v}-n${s - first}" target="${p}v${v}-n${t - first}"`;
      if (i % 5 === 0)
        x += `>
          <style lineWidth="1"><lineColor r="0" g="0" b="0"/></style>
          <bendpoint x="${100 + (i % 700)}" y="${300 + (i % 200)}"/>
        </connection>
`;
      else x += '/>\n';
      connectionCount++;
    }
    await write(x + '      </view>\n');
  }
  await write('    </diagrams>\n  </views>\n</model>\n');
  out.write(buffer);
  out.end();
  await once(out, 'finish');
  return { elements, relationships, views, nodes: nodeCount, connections: connectionCount };
}

/** A well-formed file whose body is `depth` nested extension elements (in <metadata> if asked). */
export async function writeDeepNesting(path, { depth = 200_000, inMetadata = false } = {}) {
  const out = createWriteStream(path);
  out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:x="urn:deep" identifier="deep">\n',
  );
  const [open, close] = inMetadata ? ['<metadata>', '</metadata>'] : ['', ''];
  out.write(open + '<x:a>'.repeat(depth) + '</x:a>'.repeat(depth) + close);
  out.end('</model>\n');
  await once(out, 'finish');
}
