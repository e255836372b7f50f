import { invalid } from './errors';
import type { Database } from './database';
import { normalizeOrder, type OrderKey } from './planner';
import type { RelationDef, Row, TableDef } from './schema';
import type { Table } from './table';
import type { Where } from './where';

/** How relations are loaded: one JOIN query (joinedload) or one extra query per relation (selectinload). */
export type RelationLoadStrategy = 'join' | 'query';

/** A relation to load, with its own filter, order and fields. */
export interface RelationLoad {
  rel: RelationDef;
  target: Table;
  where: Where | undefined;
  order: OrderKey[];
  fields: string[];
}

/** What the caller asked to get back: scalar fields and relations. */
export interface Shape {
  fields: string[];
  relations: RelationLoad[];
}

/** Rejects an argument the lab does not know, naming the ones it does (as Prisma's validation does). */
export function checkKeys(args: Record<string, unknown>, allowed: string[], where: string): void {
  for (const k of Object.keys(args)) {
    if (!allowed.includes(k)) invalid(`Unknown argument \`${k}\` in ${where}. Available: ${allowed.join(', ')}.`);
  }
}

function relationLoad(db: Database, def: TableDef, rel: RelationDef, value: unknown): RelationLoad {
  const target = db.table(rel.target);
  const opts = (value === true ? {} : value) as Record<string, unknown>;
  if (typeof opts !== 'object' || opts === null) invalid(`\`${rel.field}\` in include/select must be true or an object.`);
  const allowed = rel.kind === 'many' ? ['where', 'orderBy', 'select'] : ['select'];
  checkKeys(opts, allowed, `the include of ${def.model}.${rel.field} (the lab supports ${allowed.join(', ')} there)`);
  const childShape = shapeOf(db, target.def, opts.select, undefined, false);
  return {
    rel,
    target,
    where: opts.where as Where | undefined,
    order: rel.kind === 'many' ? normalizeOrder(target, opts.orderBy) : [],
    fields: childShape.fields,
  };
}

/**
 * Reads `select` and `include` like Prisma: `select: { id: true, posts: true }` picks fields (and
 * relations), `include: { posts: true }` adds relations to every field.
 */
export function shapeOf(db: Database, def: TableDef, select: unknown, include: unknown, allowRelations = true): Shape {
  if (select !== undefined && include !== undefined) {
    invalid('Use either `select` or `include`, not both (put relations inside `select`).');
  }
  const relations: RelationLoad[] = [];
  const addRelation = (name: string, value: unknown) => {
    const rel = def.relations.find((r) => r.field === name)!;
    if (!allowRelations) invalid(`Nested relations (\`${name}\` inside an include) are not supported by the lab.`);
    relations.push(relationLoad(db, def, rel, value));
  };
  const known = (name: string) => def.columns.some((c) => c.field === name) || def.relations.some((r) => r.field === name);
  const available = [...def.columns.map((c) => c.field), ...def.relations.map((r) => r.field)].join(', ');
  if (select !== undefined) {
    if (typeof select !== 'object' || select === null) invalid('`select` must be an object like { id: true }.');
    const fields: string[] = [];
    for (const [name, v] of Object.entries(select)) {
      if (!known(name)) invalid(`Unknown field \`${name}\` in select of model ${def.model}. Available: ${available}.`);
      if (v === false || v === undefined) continue;
      if (def.relations.some((r) => r.field === name)) addRelation(name, v);
      else if (v === true) fields.push(name);
      else invalid(`\`select.${name}\` must be true or false.`);
    }
    return { fields: def.columns.map((c) => c.field).filter((f) => fields.includes(f)), relations };
  }
  if (include !== undefined) {
    if (typeof include !== 'object' || include === null) invalid('`include` must be an object like { posts: true }.');
    for (const [name, v] of Object.entries(include)) {
      if (!def.relations.some((r) => r.field === name)) {
        invalid(
          `Unknown relation \`${name}\` in include of model ${def.model}. Relations: ${def.relations.map((r) => r.field).join(', ')}.`,
        );
      }
      if (v !== false && v !== undefined) addRelation(name, v);
    }
  }
  return { fields: def.columns.map((c) => c.field), relations };
}

/** Copies the chosen fields of a row, in column order. */
export function project(row: Row, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = row[f];
  return out;
}
