// For tests of how fast decoders refuse input, on machines shared with other work.

/** Milliseconds of processor time this process has used, where the runtime tells (Node). */
function cpuMs(): number | null {
	const usage = globalThis.process?.cpuUsage?.();
	return usage ? (usage.user + usage.system) / 1000 : null;
}

/**
 * Runs `decode` and returns what it returned with the milliseconds it took; when that is over
 * `enough` ms, runs it again, up to `tries` times in all, and keeps the fastest. A run's time is
 * the wall-clock time, or in Node the processor time the process used when that is less: on a
 * machine busy with other work, a run waits for a core without doing anything, and garbage
 * collection or another process can hold up any single run.
 */
export async function fastestRun<T>(
	decode: () => T | Promise<T>,
	enough = 50,
	tries = 3
): Promise<{ value: T; ms: number }> {
	let best: { value: T; ms: number } | undefined;
	for (let run = 0; run < tries && !(best && best.ms < enough); run++) {
		const [wallStart, cpuStart] = [performance.now(), cpuMs()];
		const value = await decode();
		const wall = performance.now() - wallStart;
		const cpuEnd = cpuMs();
		const ms = cpuStart === null || cpuEnd === null ? wall : Math.min(wall, cpuEnd - cpuStart);
		if (!best || ms < best.ms) best = { value, ms };
	}
	return best!;
}
