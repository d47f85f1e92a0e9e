import { runBench } from './lib/run/bench';
import { scaleOf, targetOf } from './lib/scales';
const scale = scaleOf('tiny');
await runBench({ scale, target: targetOf(scale, {}), durationS: 1, connections: 2, rounds: 1, warmupS: 1, only: ['g'], importRun: true, importRows: 300, command: 'dbg', log: (m) => console.log(new Date().toISOString().slice(11,19), m) });
console.log('done at', new Date().toISOString());
