// Measures the cue suggester against the built-in modules (their labels and cues are the gold)
// and writes the figures to src/lib/authoring/cues-baseline.json.
// Usage: npm run cues:eval [-- --mistakes] [-- --no-write]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const modulesDir = join(root, 'src/lib/content/modules');
const baselineFile = join(root, 'src/lib/authoring/cues-baseline.json');

const { module: evaluation } = await runnerImport(
	join(root, 'src/lib/authoring/evaluate-cues.ts'),
	{
		configFile: false,
		logLevel: 'error'
	}
);

const modules = readdirSync(modulesDir)
	.filter((name) => name.endsWith('.json'))
	.sort()
	.map((name) => JSON.parse(readFileSync(join(modulesDir, name), 'utf8')));

const { figures, mistakes } = evaluation.evaluateCues(modules);
console.log(`Claims of ${modules.map((m) => m.id).join(', ')}\n`);
console.log(evaluation.formatEvaluation(figures));

if (process.argv.includes('--mistakes')) {
	console.log('\nLabelled differently (gold -> suggested):');
	for (const m of mistakes)
		console.log(`  ${m.gold} -> ${m.suggested}  ${m.module}/${m.claim}: ${m.quote}`);
}

if (!process.argv.includes('--no-write')) {
	writeFileSync(baselineFile, `${JSON.stringify(figures, null, '\t')}\n`);
	console.log(`\nWrote ${baselineFile.slice(root.length)}`);
}
