/**
 * The lab database's schema: tables `users` and `posts`, the ORM's model names and field names
 * (camelCase) mapped to PostgreSQL's columns (snake_case), and the relations the ORM can include.
 */

type ColumnType = 'int' | 'text' | 'bool';

export interface ColumnDef {
  /** ORM field name (`userId`). */
  field: string;
  /** SQL column name (`user_id`). */
  column: string;
  type: ColumnType;
}

export interface RelationDef {
  /** Field name in the ORM (`posts`, `author`). */
  field: string;
  kind: 'many' | 'one';
  target: TableName;
  /** For `many`: the target's field pointing back (`userId`); for `one`: this table's field (`userId`). */
  foreignKey: string;
}

export type TableName = 'users' | 'posts';

export interface TableDef {
  name: TableName;
  /** ORM model name (`user`), as in `db.user.findMany()`. */
  model: string;
  /** One-letter alias used in joins. */
  alias: string;
  columns: readonly ColumnDef[];
  relations: readonly RelationDef[];
  /** Unique fields besides `id` (each has a unique index). */
  unique: readonly string[];
}

const users: TableDef = {
  name: 'users',
  model: 'user',
  alias: 'u',
  columns: [
    { field: 'id', column: 'id', type: 'int' },
    { field: 'name', column: 'name', type: 'text' },
    { field: 'email', column: 'email', type: 'text' },
    { field: 'country', column: 'country', type: 'text' },
  ],
  relations: [{ field: 'posts', kind: 'many', target: 'posts', foreignKey: 'userId' }],
  unique: ['email'],
};

const posts: TableDef = {
  name: 'posts',
  model: 'post',
  alias: 'p',
  columns: [
    { field: 'id', column: 'id', type: 'int' },
    { field: 'userId', column: 'user_id', type: 'int' },
    { field: 'title', column: 'title', type: 'text' },
    { field: 'likes', column: 'likes', type: 'int' },
    { field: 'published', column: 'published', type: 'bool' },
  ],
  relations: [{ field: 'author', kind: 'one', target: 'users', foreignKey: 'userId' }],
  unique: [],
};

export const tables: Record<TableName, TableDef> = { users, posts };

/** A stored row: ORM field names to values. */
export type Row = Record<string, string | number | boolean>;

/** The column definition of a field, or undefined. */
export function columnOf(table: TableDef, field: string): ColumnDef | undefined {
  return table.columns.find((c) => c.field === field || c.column === field);
}

/**
 * The same schema as PostgreSQL DDL (what the lab stands for, and what the SQL tests run on a real
 * PostgreSQL). Foreign keys cascade on delete; PostgreSQL does not index a foreign key by itself,
 * so `posts.user_id` has no index until a program creates one.
 */
export const schemaSql = `
CREATE TABLE users (
  id serial PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  country text NOT NULL
);
CREATE TABLE posts (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title text NOT NULL,
  likes integer NOT NULL,
  published boolean NOT NULL
);
`;
