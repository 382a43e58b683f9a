/** bench:audio's progress lines (stderr: stdout carries only the figures) and its rounding of figures. */
export const progress = (line: string) => process.stderr.write(`bench:audio ${line}\n`);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
