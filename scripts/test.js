// The whole test suite, as `npm test` runs it: checks, lint, unit and component tests, end-to-end
// tests. Every step runs even when an earlier one fails, and the run ends with one line of totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'reports';
mkdirSync(REPORTS, { recursive: true });
for (const file of ['unit.json', 'e2e.json']) rmSync(`${REPORTS}/${file}`, { force: true });

/** @type {{ name: string, command: string[] }[]} */
const steps = [
	{ name: 'browser', command: ['node', 'scripts/require-chromium.js'] },
	{ name: 'types', command: ['npm', 'run', 'check'] },
	{ name: 'lint', command: ['npm', 'run', 'lint'] },
	{
		name: 'unit',
		command: [
			'npx',
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${REPORTS}/unit.json`
		]
	},
	{ name: 'e2e', command: ['npx', 'playwright', 'test'] }
];

/** @type {string[]} */
const failedSteps = [];
for (const step of steps) {
	const [command, ...args] = step.command;
	const { status } = spawnSync(command, args, { stdio: 'inherit' });
	if (status !== 0) failedSteps.push(step.name);
	// Without a browser nothing else can run.
	if (status !== 0 && step.name === 'browser') break;
}

/**
 * Passed and failed test counts from a JSON report, or null when the step wrote none.
 * @param {string} file
 * @param {(report: any) => { passed: number, failed: number, skipped: number }} count
 */
function totals(file, count) {
	if (!existsSync(file)) return null;
	try {
		return count(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return null;
	}
}

const unit = totals(`${REPORTS}/unit.json`, (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests,
	skipped: r.numPendingTests + r.numTodoTests
}));
const e2e = totals(`${REPORTS}/e2e.json`, (r) => ({
	passed: r.stats.expected,
	failed: r.stats.unexpected + r.stats.flaky,
	skipped: r.stats.skipped
}));

/** @param {{ passed: number, failed: number, skipped: number } | null} t */
const describe = (t) => (t ? `${t.passed} passed, ${t.failed} failed` : 'did not run');
const other = failedSteps.filter((name) => name !== 'unit' && name !== 'e2e');
console.log('');
console.log(`Unit and component tests: ${describe(unit)}`);
console.log(`End-to-end tests: ${describe(e2e)}`);
if (other.length) console.log(`Also failed: ${other.join(', ')}`);
const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
const failed =
	(unit?.failed ?? 0) + (e2e?.failed ?? 0) + (unit ? 0 : 1) + (e2e ? 0 : 1) + other.length;
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
