import { columnOf, type Row, type TableDef } from './schema';

/** A secondary index: value → ids of the rows holding it, in id order. */
interface SecondaryIndex {
  name: string;
  field: string;
  unique: boolean;
  entries: Map<unknown, number[]>;
}

function insertSorted(list: number[], id: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, id);
}

function removeSorted(list: number[], id: number): void {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
}

/**
 * One table's rows in primary-key order (the order an index scan on `<table>_pkey` visits them)
 * plus its secondary indexes, maintained on every write. The id sequence never goes back, as a
 * PostgreSQL `serial` does not.
 */
export class Table {
  private rowsInOrder: Row[] = [];
  private readonly byId = new Map<number, Row>();
  private readonly indexes = new Map<string, SecondaryIndex>();
  nextId = 1;

  constructor(readonly def: TableDef) {
    for (const field of def.unique) this.createIndex(field, true);
  }

  /** Name of the primary key's index, as PostgreSQL names it. */
  get pkeyName(): string {
    return `${this.def.name}_pkey`;
  }

  get size(): number {
    return this.rowsInOrder.length;
  }

  /** Rows in id order. Callers must not mutate the array or the rows. */
  rows(): readonly Row[] {
    return this.rowsInOrder;
  }

  get(id: number): Row | undefined {
    return this.byId.get(id);
  }

  /** Loads rows that already carry ids (the seed), fast: no per-row checks. */
  load(rows: Row[]): void {
    this.rowsInOrder = rows.slice();
    for (const r of rows) this.byId.set(r.id as number, r);
    this.nextId = rows.length ? Math.max(...rows.map((r) => r.id as number)) + 1 : 1;
    for (const idx of this.indexes.values()) this.fillIndex(idx);
  }

  insert(row: Row): void {
    const id = row.id as number;
    this.byId.set(id, row);
    if (this.rowsInOrder.length === 0 || (this.rowsInOrder[this.rowsInOrder.length - 1]!.id as number) < id) {
      this.rowsInOrder.push(row);
    } else {
      let lo = 0;
      let hi = this.rowsInOrder.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.rowsInOrder[mid]!.id as number) < id) lo = mid + 1;
        else hi = mid;
      }
      this.rowsInOrder.splice(lo, 0, row);
    }
    for (const idx of this.indexes.values()) {
      const list = idx.entries.get(row[idx.field]) ?? [];
      insertSorted(list, id);
      idx.entries.set(row[idx.field], list);
    }
  }

  /** Replaces a row's values (same id). */
  update(id: number, next: Row): void {
    const old = this.byId.get(id);
    if (!old) return;
    for (const idx of this.indexes.values()) {
      if (old[idx.field] === next[idx.field]) continue;
      const oldList = idx.entries.get(old[idx.field]);
      if (oldList) {
        removeSorted(oldList, id);
        if (oldList.length === 0) idx.entries.delete(old[idx.field]);
      }
      const list = idx.entries.get(next[idx.field]) ?? [];
      insertSorted(list, id);
      idx.entries.set(next[idx.field], list);
    }
    Object.assign(old, next);
  }

  delete(id: number): boolean {
    const row = this.byId.get(id);
    if (!row) return false;
    this.byId.delete(id);
    const i = this.rowsInOrder.indexOf(row);
    this.rowsInOrder.splice(i, 1);
    for (const idx of this.indexes.values()) {
      const list = idx.entries.get(row[idx.field]);
      if (list) {
        removeSorted(list, id);
        if (list.length === 0) idx.entries.delete(row[idx.field]);
      }
    }
    return true;
  }

  /**
   * Remembers the rows as they are now; the returned function puts them back (a ROLLBACK). The id
   * sequence is not put back, as PostgreSQL's sequences are not transactional.
   */
  snapshot(): () => void {
    const saved = this.rowsInOrder.map((r) => ({ ...r }));
    return () => {
      this.rowsInOrder = saved.map((r) => ({ ...r }));
      this.byId.clear();
      for (const r of this.rowsInOrder) this.byId.set(r.id as number, r);
      for (const idx of this.indexes.values()) this.fillIndex(idx);
    };
  }

  /** The index on a field, if any (the primary key is not listed here). */
  indexOn(field: string): SecondaryIndex | undefined {
    for (const idx of this.indexes.values()) if (idx.field === field) return idx;
    return undefined;
  }

  indexList(): SecondaryIndex[] {
    return [...this.indexes.values()];
  }

  /** Creates an index named as PostgreSQL would (`posts_user_id_idx`, `users_email_key`). */
  createIndex(field: string, unique = false): SecondaryIndex {
    const column = columnOf(this.def, field)!.column;
    const name = `${this.def.name}_${column}_${unique ? 'key' : 'idx'}`;
    const idx: SecondaryIndex = { name, field, unique, entries: new Map() };
    this.fillIndex(idx);
    this.indexes.set(name, idx);
    return idx;
  }

  dropIndex(name: string): boolean {
    return this.indexes.delete(name);
  }

  private fillIndex(idx: SecondaryIndex): void {
    idx.entries.clear();
    for (const r of this.rowsInOrder) {
      const list = idx.entries.get(r[idx.field]);
      if (list) list.push(r.id as number);
      else idx.entries.set(r[idx.field], [r.id as number]);
    }
  }
}
