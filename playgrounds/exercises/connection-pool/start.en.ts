// Exercise: a connection per request. Use a pool that survives a
// database restart.
import { createConnection } from '@lab/db';

export async function userName(id: number) {
  // ❌ A new connection on every call: connection round trips every time.
  const conn = await createConnection();
  try {
    const user = await conn.user.findUnique({ where: { id } });
    return user ? user.name : null;
  } finally {
    await conn.close();
  }
}

// Try it: ten requests at once.
const names = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(userName));
console.log(names.join(', '));
