import { decodeResult, encodeResult, type HandIn } from './result-code';
import { isRecord } from '$lib/is-record';
import type { Decoded } from './encoding';
import { cleanFileText } from '$lib/clean-file-text';

export const RESULT_FILE_FORMAT = 'claimwise-result';
export const RESULT_FILE_LIMIT = 100_000;

/**
 * The result file a student can download: the result code, which is what counts, plus the same
 * facts spelled out for people and for other tools (see README, "Result format").
 */
export function resultFile(handIn: HandIn, claimIds: readonly string[], assignmentTitle: string) {
	return {
		format: RESULT_FILE_FORMAT,
		version: 1,
		code: encodeResult(handIn),
		assignment: { code: handIn.assignmentCode, title: assignmentTitle },
		module: { id: handIn.moduleId, contentVersion: handIn.contentVersion },
		student: handIn.studentName,
		startedAt: new Date(handIn.startedAt * 1000).toISOString(),
		handedInAt: new Date(handIn.handedInAt * 1000).toISOString(),
		answers: claimIds.map((claimId, i) => ({
			claimId,
			answer: handIn.answers[i] ?? null,
			answeredAt:
				handIn.answeredAfter[i] === null || handIn.answeredAfter[i] === undefined
					? null
					: new Date((handIn.startedAt + handIn.answeredAfter[i]!) * 1000).toISOString()
		}))
	};
}

/**
 * Reads a result file's text (a byte order mark or blank lines around it are fine); never throws.
 * Only the code inside is trusted.
 */
export function parseResultFile(text: string): Decoded<HandIn> {
	const notAResult =
		'This file is not a Claimwise result file. Ask the student for the file the app saved, or for the result code.';
	if (text.length > RESULT_FILE_LIMIT) return { ok: false, error: notAResult };
	let data: unknown;
	try {
		data = JSON.parse(cleanFileText(text));
	} catch {
		return { ok: false, error: notAResult };
	}
	if (!isRecord(data) || data.format !== RESULT_FILE_FORMAT || typeof data.code !== 'string') {
		return { ok: false, error: notAResult };
	}
	if (data.version !== 1) {
		return {
			ok: false,
			error: 'This result file comes from a newer version of Claimwise. Reload the page to get it.'
		};
	}
	return decodeResult(data.code);
}
