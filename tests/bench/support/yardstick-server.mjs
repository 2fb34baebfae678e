// The yardstick: the same "element with relationships" query answered by plain graphql-js over
// node:http, reading the same database with pg. No auth, no framework.
import { createServer } from 'node:http';
import { graphql, buildSchema } from 'graphql';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const schema = buildSchema(`
  scalar LangMap
  type Element { id: ID! identifier: String! type: String! name: LangMap! documentation: LangMap! version: Int!
                 outgoing: [Relationship!]! incoming: [Relationship!]! }
  type Relationship { id: ID! type: String! sourceId: ID! targetId: ID! source: Element target: Element }
  type Query { element(id: ID!): Element }
`);
const el = (r, p = '') => ({
  id: r[p + 'id'], identifier: r[p + 'identifier'], type: r[p + 'type'], name: r[p + 'name'],
  documentation: r[p + 'documentation'], version: r[p + 'version'],
});
const rel = (side) => async (parent) => {
  const [mine, other] = side === 'out' ? ['source', 'target'] : ['target', 'source'];
  const { rows } = await pool.query(
    `SELECT r.id, r.type, r.source_element_id, r.target_element_id,
            e.id o_id, e.identifier o_identifier, e.type o_type, e.name o_name, e.documentation o_documentation, e.version o_version
       FROM relationship r JOIN element e ON e.id = r.${other}_element_id
      WHERE r.${mine}_element_id = $1 AND r.deleted_at IS NULL`,
    [parent.id],
  );
  return rows.map((r) => ({
    id: r.id, type: r.type, sourceId: r.source_element_id, targetId: r.target_element_id,
    [other]: el(r, 'o_'),
  }));
};
const root = {
  element: async ({ id }) => {
    const { rows } = await pool.query('SELECT * FROM element WHERE id = $1 AND deleted_at IS NULL', [id]);
    if (!rows[0]) return null;
    const e = el(rows[0]);
    return { ...e, outgoing: () => rel('out')(e), incoming: () => rel('in')(e) };
  },
};
createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    const { query, variables } = JSON.parse(body);
    const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
}).listen(0, '127.0.0.1', function () {
  console.log(`yardstick listening on http://127.0.0.1:${this.address().port}/`);
});
