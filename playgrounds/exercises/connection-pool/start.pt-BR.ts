// Exercício: uma conexão por requisição. Use um pool que sobreviva
// a um reinício do banco.
import { createConnection } from '@lab/db';

export async function userName(id: number) {
  // ❌ Conexão nova a cada chamada: idas e voltas de conexão toda vez.
  const conn = await createConnection();
  try {
    const user = await conn.user.findUnique({ where: { id } });
    return user ? user.name : null;
  } finally {
    await conn.close();
  }
}

// Experimente: dez requisições ao mesmo tempo.
const names = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(userName));
console.log(names.join(', '));
