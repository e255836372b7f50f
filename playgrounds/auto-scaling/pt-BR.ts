// Target tracking: manter a CPU média das instâncias perto de um alvo,
// adicionando ou removendo instâncias. A carga sobe de 2.000 para 9.000
// requisições por segundo em 7 minutos e volta; uma instância atende
// 1.000 req/s a 100% de CPU (uma suposição: uma API real, que consulta o
// banco), e uma nova leva minutos para subir e passar no health check.
// A política olha uma vez por minuto, no relógio do laboratório.
import { sleep } from '@lab/clock';

const CAPACITY = 1_000; // req/s de uma instância a 100% de CPU
const MINUTES = 40;
const n = (x: number) => x.toLocaleString('pt-BR');
// Requisições por segundo no minuto m: sobe 7 minutos, platô, desce.
const load = (m: number) =>
  m < 5 ? 2_000
  : m < 12 ? 2_000 + (m - 5) * 1_000
  : m < 22 ? 9_000
  : m < 32 ? 9_000 - (m - 22) * 700
  : 2_000;

interface Policy {
  targetCpu: number; // em porcentagem
  bootMinutes: number; // lançar → subir → health check → em serviço
}

async function simulate(policy: Policy, printEvery = 0) {
  const start = performance.now();
  const minute = () => Math.floor((performance.now() - start) / 60_000);
  let inService = 4;
  let booting = 0;
  let lastScaleIn = -Infinity;
  const totals = { 'min saturados': 0, 'req. perdidas': 0, 'instância-min': 0 };
  const rows: Record<string, object> = {};
  for (let m = 0; m < MINUTES; m++) {
    const rps = load(m);
    // A CPU só mede até 100%: acima disso, não diz mais quanto falta.
    const cpu = Math.min(100, (100 * rps) / (inService * CAPACITY));
    const shed = Math.max(0, rps - inService * CAPACITY) * 60;
    if (shed > 0) totals['min saturados']++;
    totals['req. perdidas'] += shed;
    totals['instância-min'] += inService + booting; // subindo também custa
    if (printEvery && m % printEvery === 0)
      rows[`min ${minute()}`] = {
        'req/s': rps, 'em serviço': inService, 'subindo': booting,
        'CPU %': Math.round(cpu), 'perdidas': n(shed),
      };
    // A política: tantas instâncias quantas levariam a CPU ao alvo,
    // contando as que ainda sobem, entre 2 e 20.
    const want = Math.ceil((inService * cpu) / policy.targetCpu);
    const desired = Math.min(20, Math.max(2, want));
    if (desired > inService + booting) {
      const more = desired - inService - booting;
      booting += more;
      setTimeout(() => {
        booting -= more;
        inService += more;
      }, policy.bootMinutes * 60_000);
    } else if (desired < inService && m - lastScaleIn >= 5) {
      inService = desired; // reduzir devagar: no máximo a cada 5 minutos
      lastScaleIn = m;
    }
    await sleep(60_000);
  }
  await sleep(policy.bootMinutes * 60_000); // espera as últimas subidas
  if (printEvery) console.table(rows);
  return { ...totals, 'req. perdidas': n(totals['req. perdidas']) };
}

// Minuto a minuto, com alvo de 60% e 3 minutos para subir...
const base = await simulate({ targetCpu: 60, bootMinutes: 3 }, 1);
// ...e o que a folga e o tempo de subida mudam.
console.table({
  '60%, sobe em 3 min': base,
  '60%, sobe em 1 min': await simulate({ targetCpu: 60, bootMinutes: 1 }),
  '80%, sobe em 3 min': await simulate({ targetCpu: 80, bootMinutes: 3 }),
  '40%, sobe em 3 min': await simulate({ targetCpu: 40, bootMinutes: 3 }),
});
// Enquanto a carga sobe, as instâncias novas chegam três minutos depois
// de a política pedi-las: a CPU fica em 100% e requisições se perdem. Um
// alvo mais baixo guarda folga para esse atraso e custa instância-minuto;
// subir mais rápido (uma imagem pequena, um cache aquecido) corta o
// próprio atraso.
