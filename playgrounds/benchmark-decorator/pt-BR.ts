// O decorator @benchmark do módulo. Os @decorators do TypeScript só valem
// para classes e seus membros, então o idioma é uma função que recebe uma
// função e devolve outra embrulhada (o que o @ do Python faz).
// As pausas correm no relógio virtual: 1 s passa para o performance.now()
// sem tempo real. Trabalho de CPU não move esse relógio (use realNow).
import { sleep } from '@lab/clock';
import { sleepSync } from '@lab/blocking';

const seconds = (ms: number) => `${(ms / 1000).toFixed(4)}s`;

// ❌ Uma tradução palavra por palavra: serve para código bloqueante, mas
// uma função async devolve a Promise na hora, e o relógio para cedo demais.
function benchmarkSync<A extends unknown[], R>(fn: (...args: A) => R) {
  const wrapper = (...args: A): R => {
    const start = performance.now();
    const result = fn(...args);
    const end = performance.now();
    console.log(`${fn.name} levou ${seconds(end - start)}`);
    return result;
  };
  return Object.defineProperty(wrapper, 'name', { value: fn.name }); // @wraps
}

// ✅ Espera a Promise quando houver uma, e só então informa.
function benchmark<A extends unknown[], R>(fn: (...args: A) => R) {
  const report = (start: number) =>
    console.log(`${fn.name} levou ${seconds(performance.now() - start)}`);
  const wrapper = (...args: A): R => {
    const start = performance.now();
    const result = fn(...args);
    if (result instanceof Promise) {
      return result.finally(() => report(start)) as R;
    }
    report(start);
    return result;
  };
  return Object.defineProperty(wrapper, 'name', { value: fn.name });
}

// time.sleep(1): bloqueia a thread inteira (nada mais roda enquanto isso).
function slowFunctionSync() {
  sleepSync(1000);
  return 'done';
}
// await asyncio.sleep(1): o event loop atende outros enquanto isso.
async function slowFunction() {
  await sleep(1000);
  return 'done';
}

console.log('1) decorator do módulo, sleep bloqueante:');
console.log('→', benchmarkSync(slowFunctionSync)());
console.log('2) decorator do módulo, função async:');
console.log('→', await benchmarkSync(slowFunction)()); // 0.0000s: errado
console.log('3) decorator que espera a Promise, função async:');
console.log('→', await benchmark(slowFunction)());
