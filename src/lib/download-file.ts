/** Saves text (or a Blob, e.g. a spreadsheet) as a file on the student's or teacher's device. */
export function downloadFile(name: string, text: string | Blob, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name made safe for every system. */
export function safeFileName(text: string) {
	return (
		text
			.normalize('NFKD')
			.replace(/[^\w-]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'file'
	);
}
