import { readSavedProgress, type SavedProgress } from './saved-progress';
import { cleanFileText } from '$lib/clean-file-text';

export const PROGRESS_FILE_FORMAT = 'claimwise-progress';
const FILE_LIMIT = 1_000_000;

/** The file a student downloads to keep or move their progress in a module. */
export function progressFileText(progress: SavedProgress): string {
	return JSON.stringify({ format: PROGRESS_FILE_FORMAT, ...progress }, null, 2);
}

/**
 * Reads a downloaded progress file for this module (a byte order mark or blank lines around it
 * are fine); never throws.
 */
export function readProgressFile(
	text: string,
	moduleId: string
): { ok: true; progress: SavedProgress } | { ok: false; error: string } {
	const wrong = 'This file is not saved Claimwise progress for this module.';
	if (text.length > FILE_LIMIT) return { ok: false, error: wrong };
	const result = readSavedProgress(cleanFileText(text), moduleId);
	if (result.status === 'ok' || result.status === 'partial') {
		// The file's own marker is no part of the progress.
		const { format: _format, ...progress } = result.value as SavedProgress & { format?: unknown };
		return { ok: true, progress };
	}
	if (result.status === 'newer') {
		return {
			ok: false,
			error: 'This file was saved by a newer version of Claimwise: reload the page to get it.'
		};
	}
	return { ok: false, error: wrong };
}
